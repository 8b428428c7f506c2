"""The index on disk: a Chroma collection of vectors, plus committed generations of chunk records and BM25.

Layout of BOT_INDEX_DIR:
    chroma/                  Chroma's persistent store (unused when BOT_CHROMA_URL names a server)
    generations/gen-000042/  manifest.json, chunks.jsonl, bm25/, vectors.npy   (one committed state)
    CURRENT                  the name of the committed generation; replaced atomically, last
    ingest.lock              held by the one ingest allowed to write at a time

A generation is the commit point. An ingest adds new vectors to Chroma, writes a new generation,
swaps CURRENT, and only then deletes vectors no generation needs. A crash at any step leaves the
previous generation whole; readers ignore Chroma ids that their generation does not list.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from bot.base.records import RECORD_SECTION, DocumentMeta
from ingest.lexical import LexicalIndex
from ingest.split import Chunk

COLLECTION_NAME = "essays"
# Chroma's defaults lose neighbours on MiniLM vectors (on 777 of them, top-5 agreed with exact search only
# 88-97% of the time, varying from run to run). ef_search 400 and 32 neighbours keep top-5 agreement with
# exact search at 1.00 up to 100k passages (`python -m bot.bench`). ef_construction 100 (400, then 200,
# before) keeps that agreement and takes Chroma's graph building off the two cores the model needs: the
# cold 100k ingest went from 1,235 s to 1,195 s with the splitter's shortcut (ingest/split.py).
# A collection keeps the settings it was created with: `python -m ingest --rebuild` applies new ones.
HNSW_CONFIGURATION = {"hnsw": {"space": "cosine", "ef_search": 400, "ef_construction": 100, "max_neighbors": 32}}
GENERATIONS = "generations"
CURRENT = "CURRENT"
LOCK_FILE = "ingest.lock"
VECTORS_FILE = "vectors.npy"   # the chunks' vectors again, in chunk order: retrieval reads them without Chroma


class IndexStoreError(RuntimeError):
    """The index cannot be used as asked; the message says how to fix it."""


class IndexLockedError(IndexStoreError):
    pass


class EmbeddingModelMismatch(IndexStoreError):
    pass


class IndexMissingError(IndexStoreError):
    pass


def _nearly_full(path: Path) -> bool:
    """Chroma reports a full disk in its own words ("Error in compaction"); ask the filesystem instead."""
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        return shutil.disk_usage(path).free < 1024 * 1024
    except OSError:
        return False


def storage_error(exc: BaseException, index_dir: Path, doing: str) -> IndexStoreError:
    """A readable IndexStoreError for an OS or Chroma failure while `doing` something to the index."""
    text = str(exc)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "full" in text.lower() or _nearly_full(index_dir):
        return IndexStoreError(f"the disk holding {index_dir} is full while {doing}; free some space and run "
                               "again (the previous index is unchanged)")
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or \
            "readonly" in text.lower() or "read-only" in text.lower():
        return IndexStoreError(f"the index folder {index_dir} is read-only ({type(exc).__name__}) while {doing}; "
                               "make it writable, or set BOT_INDEX_DIR to a folder you can write")
    return IndexStoreError(f"{doing} failed ({type(exc).__name__}: {text[:200]}); fix the cause and run again, "
                           "or rebuild with `python -m ingest --rebuild`")


@dataclass(frozen=True)
class FileEntry:
    doc_id: str
    file_key: str
    sha256: str
    chunk_ids: tuple[str, ...]


@dataclass(frozen=True)
class Manifest:
    generation: int
    embedding_model: str
    dimension: int
    pipeline: str
    files: dict[str, FileEntry] = field(default_factory=dict)
    embedding_precision: str = "fp32"   # of the run that committed this generation (older manifests: fp32)

    def to_json(self) -> dict:
        return {"generation": self.generation, "embedding_model": self.embedding_model,
                "dimension": self.dimension, "pipeline": self.pipeline,
                "embedding_precision": self.embedding_precision,
                "files": {k: asdict(v) for k, v in self.files.items()}}

    @classmethod
    def from_json(cls, raw: dict) -> Manifest:
        files = {k: FileEntry(v["doc_id"], v["file_key"], v["sha256"], tuple(v["chunk_ids"]))
                 for k, v in raw["files"].items()}
        return cls(raw["generation"], raw["embedding_model"], raw["dimension"], raw["pipeline"], files,
                   raw.get("embedding_precision", "fp32"))


def chunk_to_json(chunk: Chunk) -> dict:
    return asdict(chunk)


def chunk_from_json(raw: dict[str, Any]) -> Chunk:
    if "meta" not in raw:   # written before the metadata became one record: its fields lay flat
        raw = {**{k: v for k, v in raw.items() if k not in _META_FIELDS},
               "meta": {k: raw.get(k) for k in _META_FIELDS}}
    return Chunk(**{**raw, "meta": DocumentMeta.from_json(raw["meta"])})


_META_FIELDS = [f.name for f in fields(DocumentMeta)]


def in_vector_index(chunk: Chunk) -> bool:
    """Whether Chroma holds the chunk: every passage of an essay's text, not its record. The records are one
    short, alike passage per essay; at 100k passages Chroma's HNSW graph could not reach a third of them,
    even from their own vectors, so retrieval scores them exactly (bot.retrieval) from the generation."""
    return chunk.section != RECORD_SECTION


def chroma_metadata(chunk: Chunk) -> dict:
    """Chroma keeps scalars only: lists are joined and empty values left out."""
    meta = {**asdict(chunk.meta), "authors": "; ".join(chunk.meta.authors), "doc_id": chunk.doc_id,
            "ordinal": chunk.ordinal, "section": chunk.section, "page": chunk.page, "start": chunk.start,
            "end": chunk.end, "file_key": chunk.file_key}
    return {k: v for k, v in meta.items() if v not in (None, "")}


class IndexFolder:
    """Reads and writes the generations and the writer's lock under one index folder."""

    def __init__(self, root: Path):
        self.root = root

    @contextmanager
    def writer_lock(self) -> Iterator[None]:
        """Only one ingest at a time; a second one is refused at once instead of waiting or corrupting."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
                raise IndexLockedError(
                    f"another ingest (pid {holder}) is writing the index in {self.root}; "
                    "wait for it to finish and run again") from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
            yield
        finally:
            os.close(fd)  # closing releases the lock; the kernel also releases it if we are killed

    def current_path(self) -> Path | None:
        try:
            name = (self.root / CURRENT).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        path = self.root / GENERATIONS / name
        return path if (path / "manifest.json").exists() else None

    def read_manifest(self) -> Manifest | None:
        path = self.current_path()
        if path is None:
            return None
        try:
            return Manifest.from_json(json.loads((path / "manifest.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise self._damaged(path / "manifest.json", exc) from None

    def read_chunks(self) -> list[Chunk]:
        path = self.current_path()
        if path is None:
            return []
        try:
            with open(path / "chunks.jsonl", encoding="utf-8") as fh:
                return [chunk_from_json(json.loads(line)) for line in fh if line.strip()]
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise self._damaged(path / "chunks.jsonl", exc) from None

    def read_vectors(self) -> np.ndarray | None:
        """The generation's chunk vectors, row i for chunk i of chunks.jsonl, memory-mapped (None when a
        generation written before they were kept has none)."""
        path = self.current_path()
        if path is None or not (path / VECTORS_FILE).exists():
            return None
        try:
            return np.load(path / VECTORS_FILE, mmap_mode="r")
        except (OSError, ValueError) as exc:
            raise self._damaged(path / VECTORS_FILE, exc) from None

    def read_lexical(self) -> LexicalIndex:
        path = self.current_path()
        if path is None:
            raise IndexMissingError(f"no index in {self.root}; run `python -m ingest` first")
        try:
            return LexicalIndex.load(path / "bm25")
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise self._damaged(path / "bm25", exc) from None

    def _damaged(self, where: Path, exc: Exception) -> IndexStoreError:
        return IndexStoreError(f"the index is damaged ({where.name}: {type(exc).__name__}); "
                               "rebuild it with `python -m ingest --rebuild`")

    def commit(self, manifest: Manifest, chunks: list[Chunk], lexical: LexicalIndex, vectors: np.ndarray) -> Path:
        """Write a whole generation beside the current one, then point CURRENT at it atomically."""
        name = f"gen-{manifest.generation:06d}"
        final = self.root / GENERATIONS / name
        staging = final.with_name(name + ".tmp")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(final, ignore_errors=True)
        staging.mkdir(parents=True)
        _write_durably(staging / "chunks.jsonl",
                       "".join(json.dumps(chunk_to_json(c), ensure_ascii=False) + "\n" for c in chunks))
        lexical.save(staging / "bm25")
        with open(staging / VECTORS_FILE, "wb") as fh:
            np.save(fh, np.ascontiguousarray(vectors, dtype=np.float32))
            fh.flush()
            os.fsync(fh.fileno())
        _write_durably(staging / "manifest.json", json.dumps(manifest.to_json(), indent=1, ensure_ascii=False))
        os.rename(staging, final)
        _write_durably(self.root / (CURRENT + ".tmp"), name + "\n")
        os.replace(self.root / (CURRENT + ".tmp"), self.root / CURRENT)
        _fsync_dir(self.root)
        return final

    def prune(self) -> None:
        """Remove every generation but the current one (and any half-written one)."""
        current = self.current_path()
        for path in (self.root / GENERATIONS).glob("gen-*"):
            if path != current:
                shutil.rmtree(path, ignore_errors=True)


def _write_durably(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_chroma(index_dir: Path, chroma_url: str | None):
    """A PersistentClient in the index folder, or an HttpClient when a server URL is configured."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if chroma_url:
        url = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        if not url.hostname:
            raise IndexStoreError(f"BOT_CHROMA_URL={chroma_url!r} has no host; use e.g. http://127.0.0.1:8000")
        try:
            return chromadb.HttpClient(host=url.hostname, port=url.port or (443 if url.scheme == "https" else 8000),
                                       ssl=url.scheme == "https", settings=chroma_settings)
        except Exception as exc:  # chromadb raises bare ValueError/ConnectionError variants here
            raise IndexStoreError(f"cannot reach the Chroma server at {chroma_url} ({exc}); "
                                  "start it with `chroma run --path DIR --host 127.0.0.1 --port N` "
                                  "or unset BOT_CHROMA_URL") from None
    try:
        (index_dir / "chroma").mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(index_dir / "chroma"), settings=chroma_settings)
    except Exception as exc:  # chromadb's InternalError for a read-only or damaged database, OSError for the folder
        raise storage_error(exc, index_dir, "opening the vector index") from None


def reopen_chroma(index_dir: Path, chroma_url: str | None):
    """A client that sees what other processes wrote since this one opened the folder.

    Chroma's local client keeps the vector index it loaded in memory and shares it among the clients of one
    folder in a process, so a page started before an ingest would search the old vectors. Dropping this
    folder's shared instance makes the next client load it again (collections already open keep theirs).
    A server client always sees the server's data.
    """
    if not chroma_url:
        from chromadb.api.shared_system_client import SharedSystemClient

        folder = str(index_dir / "chroma")
        SharedSystemClient._identifier_to_system.pop(folder, None)
        SharedSystemClient._identifier_to_refcount.pop(folder, None)
    return open_chroma(index_dir, chroma_url)


def open_collection(client, model_name: str, dimension: int, create: bool):
    """The `essays` collection; refuses one built with another embedding model."""
    if create:
        collection = client.get_or_create_collection(
            COLLECTION_NAME, embedding_function=None, configuration=HNSW_CONFIGURATION,
            metadata={"embedding_model": model_name, "embedding_dimension": dimension})
    else:
        try:
            collection = client.get_collection(COLLECTION_NAME, embedding_function=None)
        except Exception:  # chromadb raises NotFoundError or ValueError depending on the client
            raise IndexMissingError("the Chroma collection 'essays' does not exist; run `python -m ingest`") from None
    meta = collection.metadata or {}
    if (meta.get("embedding_model"), meta.get("embedding_dimension")) != (model_name, dimension):
        raise EmbeddingModelMismatch(
            f"the index was built with embedding model {meta.get('embedding_model')!r} "
            f"({meta.get('embedding_dimension')} dimensions), but this bot uses {model_name!r} ({dimension}); "
            "re-index with `python -m ingest --rebuild`")
    return collection


def delete_collection(client) -> None:
    try:
        client.delete_collection(COLLECTION_NAME)
    except Exception:  # not there: nothing to delete
        pass
