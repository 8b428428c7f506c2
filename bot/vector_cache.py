"""A bounded memory of text embeddings: passages come back across questions, their sentences need no re-embedding."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from ingest.embedder import Embedder

DEFAULT_CAPACITY = 50_000   # 384 float32 each: about 75 MiB when full


class CachedEmbedder:
    """Embedder with a least-recently-used cache keyed by the exact text; safe to share between threads."""

    def __init__(self, embedder: Embedder, capacity: int = DEFAULT_CAPACITY):
        self.inner = embedder
        self.info = embedder.info
        self._capacity = capacity
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for text in texts:
                vector = self._vectors.get(text)
                if vector is not None:
                    self._vectors.move_to_end(text)
                    found[text] = vector
            missing = list(dict.fromkeys(t for t in texts if t not in found))
            self.hits += len(texts) - len(missing)
            self.misses += len(missing)
        if missing:
            fresh = self.inner.embed(missing)
            with self._lock:
                for text, vector in zip(missing, fresh):
                    found[text] = vector
                    self._vectors[text] = vector
                while len(self._vectors) > self._capacity:
                    self._vectors.popitem(last=False)
        if not texts:
            return np.zeros((0, self.info.dimension), dtype=np.float32)
        return np.stack([found[t] for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    def __len__(self) -> int:
        return len(self._vectors)
