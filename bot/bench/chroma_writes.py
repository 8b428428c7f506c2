"""python -m bot.bench.chroma_writes --index DIR [--n N]: Chroma's own cost of taking vectors, by setting.

Part of ingest's non-embedding time at scale is Chroma taking the vectors. This re-writes N vectors (with their text
and metadata) from an existing index into scratch collections with different HNSW construction settings,
with and without the text, and prints write rate and top-5 agreement with exact search for each.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from ingest.index import COLLECTION_NAME, HNSW_CONFIGURATION, open_chroma

BATCH = 256
READ_PAGE = 5000
VARIANTS = [   # (label, HNSW construction settings, store the text)
    ("current", {}, True),
    ("current, no text", {}, False),
    ("ef_construction 400 (the setting before)", {"ef_construction": 400}, True),
    ("ef_construction 100, 16 neighbours", {"ef_construction": 100, "max_neighbors": 16}, True),
]


def measure(index_dir: Path, n: int, n_queries: int = 100) -> list[dict]:
    source = open_chroma(index_dir, None).get_collection(COLLECTION_NAME, embedding_function=None)
    ids, docs, metas, rows_of_vectors = [], [], [], []
    for offset in range(0, n, READ_PAGE):   # pages: one large get exceeds SQLite's variable limit
        page = source.get(limit=min(READ_PAGE, n - offset), offset=offset,
                          include=["embeddings", "documents", "metadatas"])
        if not page["ids"]:
            break
        ids += page["ids"]
        docs += page["documents"]
        metas += page["metadatas"]
        rows_of_vectors.append(np.asarray(page["embeddings"], dtype=np.float32))
    vectors = np.concatenate(rows_of_vectors)
    rng = np.random.default_rng(1)   # queries near stored vectors, as questions near passages
    queries = vectors[rng.choice(len(ids), min(n_queries, len(ids)), replace=False)]
    queries = queries + 0.05 * rng.standard_normal(queries.shape).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    rows = []
    for label, construction, with_text in VARIANTS:
        scratch = tempfile.mkdtemp(prefix="bot-chroma-writes-")
        try:
            hnsw = {**HNSW_CONFIGURATION["hnsw"], **construction}
            collection = open_chroma(Path(scratch), None).create_collection("scratch", embedding_function=None,
                                                                            configuration={"hnsw": hnsw})
            started = time.perf_counter()
            for i in range(0, len(ids), BATCH):
                collection.add(ids=ids[i:i + BATCH], embeddings=vectors[i:i + BATCH],
                               documents=docs[i:i + BATCH] if with_text else None, metadatas=metas[i:i + BATCH])
            seconds = time.perf_counter() - started
            agree = []
            for q in queries:
                exact = {ids[j] for j in np.argsort(-(vectors @ q))[:5]}
                approx = set(collection.query(query_embeddings=[q], n_results=5, include=[])["ids"][0])
                agree.append(len(exact & approx) / 5)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        rows.append({"variant": label, "vectors": len(ids), "write_s": round(seconds, 2),
                     "vectors_per_s": round(len(ids) / seconds), "top5_agreement": round(float(np.mean(agree)), 3)})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.bench.chroma_writes", description=__doc__)
    parser.add_argument("--index", type=Path, required=True,
                        help="an index folder (BOT_INDEX_DIR) to read vectors from")
    parser.add_argument("--n", type=int, default=20000, help="vectors to write")
    args = parser.parse_args(argv)
    if not (args.index / "chroma").is_dir():
        parser.error(f"{args.index} holds no Chroma folder; point --index at a folder `python -m ingest` built")
    for row in measure(args.index, args.n):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
