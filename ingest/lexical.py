"""BM25 over the chunk texts (bm25s, English stop words, Snowball stemming), keyed by chunk id."""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import bm25s
import numpy as np

from bot.base.text import english_stemmer, option_words

IDS_FILE = "chunk_ids.json"

_ONE_WORD = re.compile(r"\w+")


def _with_option_words(text: str) -> str:
    words = option_words(text)
    return f"{text} {' '.join(words)}" if words else text


def _tokenize(texts: Sequence[str], return_ids: bool) -> Any:   # bm25s.Tokenized, or lists of strings
    """The one tokenization of indexed texts and of queries: stop words out, Snowball stems, option words in."""
    return bm25s.tokenize([_with_option_words(t) for t in texts], stopwords="en", stemmer=english_stemmer(),
                          return_ids=return_ids, show_progress=False)


def _tokenize_strings(texts: Sequence[str]) -> list[list[str]]:
    return [list(t) for t in _tokenize(texts, return_ids=False)]


class LexicalIndex:
    """A BM25 index whose results are chunk ids with scores."""

    def __init__(self, retriever: bm25s.BM25 | None, ids: list[str]):
        self._retriever = retriever
        self.ids = ids
        self.position = {cid: i for i, cid in enumerate(ids)}   # chunk id -> its place in `scores`

    @classmethod
    def build(cls, ids: Sequence[str], texts: Sequence[str]) -> LexicalIndex:
        if not ids:
            return cls(None, [])
        tokens = _tokenize(texts, return_ids=True)
        retriever = bm25s.BM25()
        retriever.index(tokens, show_progress=False)
        return cls(retriever, list(ids))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._retriever is not None:
            self._retriever.save(str(folder), show_progress=False)
        (folder / IDS_FILE).write_text(json.dumps(self.ids), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        ids = json.loads((folder / IDS_FILE).read_text(encoding="utf-8"))
        retriever = bm25s.BM25.load(str(folder), show_progress=False) if ids else None
        return cls(retriever, ids)

    def document_frequencies(self) -> tuple[dict[str, int], int]:
        """({stemmed term: number of chunks holding it}, number of chunks), from the stored index."""
        if self._retriever is None:
            return {}, 0
        indptr = np.asarray(self._retriever.scores["indptr"])
        counts = np.diff(indptr)   # per term: its posting list length, the chunks it occurs in
        df = {term: int(counts[i]) for term, i in self._retriever.vocab_dict.items() if term and i < len(counts)}
        return df, int(self._retriever.scores["num_docs"])

    def chunks_with(self, word: str) -> np.ndarray:
        """The places (in `ids`) of the chunks that hold the word, read from its posting list."""
        if self._retriever is None:
            return np.zeros(0, dtype=np.int64)
        terms = _tokenize_strings([word])[0]
        # only a word BM25 reads whole: it reads "HTTP/2" as "http" and "3.0.34" as "34", other words
        at = self._retriever.vocab_dict.get(terms[0]) if len(terms) == 1 and _ONE_WORD.fullmatch(word) else None
        if at is None:
            return np.zeros(0, dtype=np.int64)
        indptr, indices = self._retriever.scores["indptr"], self._retriever.scores["indices"]
        return np.asarray(indices[indptr[at]:indptr[at + 1]], dtype=np.int64)

    def scores(self, query: str) -> np.ndarray:
        """The BM25 score of every chunk for query, in the order of `ids` (zeros when no term is known)."""
        if self._retriever is None:
            return np.zeros(0, dtype=np.float32)
        vocab = self._retriever.vocab_dict
        terms = [t for t in _tokenize_strings([query])[0] if t in vocab]
        if not terms:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.nan_to_num(np.asarray(self._retriever.get_scores(terms), dtype=np.float32), nan=0.0)

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """Top-k (chunk id, BM25 score), best first; only chunks sharing a term with the query."""
        return top_scored(self.ids, self.scores(query), k)


def top_scored(ids: Sequence[str], scores: np.ndarray, k: int) -> list[tuple[str, float]]:
    """The k best (id, score) with a positive score, best first."""
    k = min(k, len(ids))
    if k <= 0:
        return []
    best = np.argpartition(-scores, k - 1)[:k]
    best = best[np.argsort(-scores[best], kind="stable")]
    return [(ids[int(i)], float(scores[i])) for i in best if scores[i] > 0]
