"""The pipeline a user would otherwise build with the same packages: llama-index defaults over Chroma.

VectorStoreIndex over a Chroma collection, SimpleDirectoryReader, the default SentenceSplitter (1,024
tokens, 200 overlap) and the default retriever (top 2), with the same bundled embedding model.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ingest.embedder import Embedder


def _embedding_adapter(embedder: Embedder):
    from llama_index.core.embeddings import BaseEmbedding
    from pydantic import PrivateAttr

    class BundledMiniLM(BaseEmbedding):
        _embedder: Any = PrivateAttr()

        def __init__(self, inner: Embedder):
            super().__init__(model_name=inner.info.name, embed_batch_size=64)
            self._embedder = inner

        def _get_query_embedding(self, query: str) -> list[float]:
            return self._embedder.embed_query(query).tolist()

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._embedder.embed([text])[0].tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return self._embedder.embed(texts).tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

    return BundledMiniLM(embedder)


class LlamaIndexDefault:
    """Builds the default pipeline over a corpus folder; `retrieve(q, k)` returns passage texts."""

    def __init__(self, corpus_dir: Path, chroma_dir: Path, embedder: Embedder):
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
        from llama_index.vector_stores.chroma import ChromaVectorStore

        started = time.perf_counter()
        client = chromadb.PersistentClient(path=str(chroma_dir), settings=ChromaSettings(anonymized_telemetry=False))
        store = ChromaVectorStore(chroma_collection=client.get_or_create_collection("llamaindex-default"))
        documents = SimpleDirectoryReader(str(corpus_dir), recursive=True, required_exts=[".txt", ".md"]).load_data()
        self.index = VectorStoreIndex.from_documents(
            documents, storage_context=StorageContext.from_defaults(vector_store=store),
            embed_model=_embedding_adapter(embedder))
        self.ingest_s = time.perf_counter() - started
        self.chunks = store._collection.count()

    def retrieve(self, question: str, k: int | None = None) -> list[str]:
        retriever = self.index.as_retriever(**({"similarity_top_k": k} if k else {}))
        return [n.node.get_content() for n in retriever.retrieve(question)]
