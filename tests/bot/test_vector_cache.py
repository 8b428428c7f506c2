import numpy as np

from bot.vector_cache import CachedEmbedder
from ingest.embedder import EmbeddingModelInfo


class CountingEmbedder:
    info = EmbeddingModelInfo("fake", 2)

    def __init__(self):
        self.calls: list[list[str]] = []

    def embed(self, texts):
        self.calls.append(list(texts))
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_repeated_texts_are_embedded_once_and_order_is_kept():
    inner = CountingEmbedder()
    cache = CachedEmbedder(inner)
    first = cache.embed(["aa", "b", "aa"])
    second = cache.embed(["b", "ccc"])
    assert first[:, 0].tolist() == [2, 1, 2] and second[:, 0].tolist() == [1, 3]
    assert inner.calls == [["aa", "b"], ["ccc"]]
    assert cache.embed_query("aa").tolist() == [2, 1]


def test_the_least_recently_used_text_leaves_first_when_full():
    inner = CountingEmbedder()
    cache = CachedEmbedder(inner, capacity=2)
    cache.embed(["a", "b"])
    cache.embed(["a"])          # a is now the most recent
    cache.embed(["c"])          # b leaves
    cache.embed(["a", "b"])
    assert inner.calls[-1] == ["b"] and len(cache) == 2
