"""load -> clean -> split -> embed -> write index: incremental, idempotent and crash-safe."""
from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from bot.base.records import DocumentMeta
from bot.base.settings import Settings
from ingest.catalog import CatalogError, load_catalog
from ingest.clean import BOILERPLATE_FILE, CleanDocument, clean_pages
from ingest.embedder import MODEL_MAX_TOKENS, Embedder, EmbedderError
from ingest.index import (
    EmbeddingModelMismatch,
    FileEntry,
    IndexFolder,
    IndexLockedError,
    IndexStoreError,
    Manifest,
    chroma_metadata,
    delete_collection,
    in_vector_index,
    open_chroma,
    open_collection,
    storage_error,
)
from ingest.lexical import LexicalIndex
from ingest.loaders import CorpusFile, LoadedFile, LoadError, discover, load_file, read_bytes
from ingest.progress import RateReporter, StageTimes
from ingest.split import Chunk, PassageSplitter, record_chunk

PIPELINE_VERSION = "52"  # bump when cleaning, splitting or BM25 words change in a way that must re-chunk everything
WRITE_BATCH = 256        # chunks embedded and written to Chroma per step
COUNT_BATCH = 4096       # chunks whose word pieces are counted per tokenizer call

Progress = Callable[[int, int], None]
# the stages of an ingest, as `python -m ingest --profile` reports them
STAGE_DISCOVER = "discover files"
STAGE_LOAD = "load and extract"
STAGE_CLEAN = "clean"
STAGE_SPLIT = "split and count tokens"
STAGE_EMBED = "embed"
STAGE_CHROMA = "write to Chroma (waiting)"
STAGE_GENERATION = "write the generation"
STAGE_TIDY = "drop stale vectors"


@dataclass
class SkippedFile:
    file: str
    reason: str
    kept_previous: bool = False


@dataclass
class IngestSummary:
    files: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    chunks: int = 0
    embedded: int = 0
    seconds: float = 0.0
    skipped: list[SkippedFile] = field(default_factory=list)
    precision: str = ""                                     # of the embedding model: bf16 or fp32
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage (progress.StageTimes)

    def to_json(self) -> dict:
        return asdict(self)


def pipeline_fingerprint(settings: Settings) -> str:
    """Everything besides a file's bytes that decides its chunks."""
    parts = [PIPELINE_VERSION, settings.embedding_model, str(settings.chunk_tokens),
             str(settings.chunk_overlap_tokens), BOILERPLATE_FILE.read_text(encoding="utf-8")]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def file_key(fingerprint: str, sha256: str, entry: DocumentMeta | None) -> str:
    meta = json.dumps(asdict(entry) if entry else None, sort_keys=True)
    return hashlib.sha256(f"{fingerprint}|{sha256}|{meta}".encode()).hexdigest()[:24]


def document_meta(file: CorpusFile, entry: DocumentMeta | None, loaded: LoadedFile,
                  doc: CleanDocument) -> DocumentMeta:
    """Catalog first; then what the file declares (HTML meta tags and <title>'s site name, PDF info); then its
    text (first heading, byline, author block); the title last of all from the file's name."""
    entry = entry or DocumentMeta()
    heading = None if _is_front_matter(doc.first_heading) else doc.first_heading
    title = entry.title or _title(loaded.title) or _title(heading) or \
        Path(file.doc_id).stem.replace("_", " ").replace("-", " ")
    return replace(entry, title=title, authors=entry.authors or loaded.authors or doc.authors,
                   date=entry.date or loaded.date or doc.date, collection=entry.collection or loaded.site)


NO_TITLE = "<no title>"   # what Sphinx writes in <title> for a page without one
# headings a document's front matter opens with, which name no document: a PDF whose first page is its revision
# history is better called by its file's name ("FAQ") than "REVISION HISTORY"
FRONT_MATTER = {"revision history", "contents", "table of contents", "preface", "foreword", "abstract", "copyright",
                "legal notice", "colophon", "list of figures", "list of tables", "document history"}


def _is_front_matter(heading: str | None) -> bool:
    return heading is not None and " ".join(heading.lower().split()).rstrip(":") in FRONT_MATTER


def _title(text: str | None) -> str | None:
    """A title as a reader wants it: without the permalink signs documentation sites append ("Sorting HOW TO¶");
    None for one that names nothing: marks alone (")", a Markdown page a generator read as reStructuredText) or
    Sphinx's stand-in for a page it found no title in, with its site's name before or after it ("<no title> —
    Black 23.1.0 documentation", "OpenStack Docs: <no title>")."""
    cleaned = " ".join((text or "").replace("\u00b6", " ").replace("\U0001f517", " ").split())
    if not any(c.isalnum() for c in cleaned) or NO_TITLE in cleaned.lower():
        return None
    return cleaned


def read_document(file: CorpusFile, entry: DocumentMeta | None,
                  times: StageTimes | None = None) -> tuple[LoadedFile, CleanDocument, DocumentMeta]:
    """One corpus file loaded, cleaned and described; LoadError when nothing usable is left."""
    times = times or StageTimes()
    with times.stage(STAGE_LOAD):
        loaded = load_file(file)
    with times.stage(STAGE_CLEAN):
        doc = clean_pages(list(loaded.pages), markdown=loaded.markdown, keep_repeats=loaded.keeps_repeats)
    if not doc.text.strip():
        raise LoadError("no essay text left after removing boilerplate; check the file's content")
    return loaded, doc, document_meta(file, entry, loaded, doc)


def chunk_file(file: CorpusFile, key: str, entry: DocumentMeta | None, splitter: PassageSplitter,
               times: StageTimes | None = None) -> list[Chunk]:
    """The essay's passages, then its record (its metadata as sentences, see bot.base.records.record_text)."""
    times = times or StageTimes()
    _, doc, meta = read_document(file, entry, times)
    with times.stage(STAGE_SPLIT):
        chunks = splitter.split(doc, file.doc_id, meta, key)
    return chunks + [record_chunk(doc, file.doc_id, meta, key, ordinal=len(chunks))]


def ensure_index(settings: Settings, embedder: Embedder | None = None, update: bool = True,
                 log: Callable[[str], None] = lambda _: None) -> IngestSummary | None:
    """What every front end calls before answering: build the index when there is none and, with update,
    bring it in line with the corpus (incremental: unchanged files cost nothing). Another process already
    writing is fine when an index exists: readers pick up its commit. Returns the summary of a run, if any."""
    exists = IndexFolder(settings.index_dir).read_manifest() is not None
    if exists and not update:
        return None
    try:
        summary = run_ingest(settings, embedder, progress=RateReporter(lambda line: log(f"index: {line}")))
    except IndexLockedError:
        if not exists:
            raise
        log("index: another process is updating the index; serving the current one, which is reloaded "
            "when the update is committed")
        return None
    log(f"index: {summary.files} essays, {summary.chunks} passages "
        f"({summary.added} added, {summary.updated} updated, {summary.removed} removed)")
    for skipped in summary.skipped:
        log(f"index: skipped {skipped.file}: {skipped.reason}")
    return summary


def run_ingest(settings: Settings, embedder: Embedder | None = None, rebuild: bool = False,
               progress: Progress | None = None, log: Callable[[str], None] = lambda _: None) -> IngestSummary:
    """Bring the index in line with the corpus folder; see ingest/index.py for the crash-safety argument."""
    try:
        return _run_ingest(settings, embedder, rebuild, progress, log)
    except (IndexStoreError, EmbedderError, CatalogError):
        raise
    except Exception as exc:  # OS errors and whatever Chroma raises: the previous generation is still whole
        raise storage_error(exc, settings.index_dir, "writing the index") from exc


def _run_ingest(settings: Settings, embedder: Embedder | None, rebuild: bool, progress: Progress | None,
                log: Callable[[str], None]) -> IngestSummary:
    started = time.perf_counter()
    times = StageTimes()
    folder = IndexFolder(settings.index_dir)
    with folder.writer_lock():
        embedder = embedder or Embedder(settings.embedding_model, settings.embed_precision)
        model = embedder.info
        client = open_chroma(settings.index_dir, settings.chroma_url)
        if rebuild:
            delete_collection(client)
        previous = None if rebuild else folder.read_manifest()
        if previous and previous.embedding_model != model.name:
            raise EmbeddingModelMismatch(
                f"the index in {settings.index_dir} was built with {previous.embedding_model!r}, not "
                f"{model.name!r}; re-index with `python -m ingest --rebuild`")
        collection = open_collection(client, model.name, model.dimension, create=True)
        previous_list = folder.read_chunks() if previous else []
        previous_chunks = _by_doc(previous_list)

        summary = IngestSummary()
        catalog = load_catalog(settings.corpus_dir)
        with times.stage(STAGE_DISCOVER):
            files, passed_over = discover(settings.corpus_dir)
        summary.skipped.extend(SkippedFile(doc_id, reason) for doc_id, reason in passed_over)
        fingerprint = pipeline_fingerprint(settings)
        splitter = PassageSplitter(lambda s: embedder.tokenizer(s, add_special_tokens=False)["input_ids"],
                                   settings.chunk_tokens, settings.chunk_overlap_tokens)

        entries: dict[str, FileEntry] = {}
        chunks_by_doc: dict[str, list[Chunk]] = {}
        fresh: list[Chunk] = []
        for file in files:
            old = previous.files.get(file.doc_id) if previous else None
            try:
                sha = hashlib.sha256(read_bytes(file.path)).hexdigest()
                key = file_key(fingerprint, sha, catalog.get(file.doc_id))
                if old and old.file_key == key:
                    chunks = previous_chunks.get(file.doc_id, [])
                    summary.unchanged += 1
                else:
                    chunks = chunk_file(file, key, catalog.get(file.doc_id), splitter, times)
                    fresh.extend(chunks)
                    if old:
                        summary.updated += 1
                    else:
                        summary.added += 1
            except (LoadError, OSError) as exc:
                reason = str(exc) if isinstance(exc, LoadError) else f"cannot read the file ({exc})"
                summary.skipped.append(SkippedFile(file.doc_id, reason, kept_previous=old is not None))
                log(f"skipped {file.doc_id}: {reason}")
                if old is None:
                    continue
                key, sha, chunks = old.file_key, old.sha256, previous_chunks.get(file.doc_id, [])
            chunks_by_doc[file.doc_id] = chunks
            entries[file.doc_id] = FileEntry(file.doc_id, key, sha, tuple(c.id for c in chunks))
        if previous:
            summary.removed = len(set(previous.files) - set(entries))

        embedded = _embed_and_write(collection, embedder, fresh, progress, times, splitter.pieces)
        summary.embedded = len(embedded)
        all_chunks = [c for doc_id in sorted(chunks_by_doc) for c in chunks_by_doc[doc_id]]
        changed = summary.added or summary.updated or summary.removed or previous is None
        if changed:
            with times.stage(STAGE_GENERATION):
                manifest = Manifest((previous.generation + 1) if previous else 1, model.name, model.dimension,
                                    fingerprint, entries, embedder.precision)
                lexical = LexicalIndex.build([c.id for c in all_chunks], [c.text for c in all_chunks])
                vectors = _generation_vectors(all_chunks, embedded, previous_list,
                                              folder.read_vectors() if previous else None, collection,
                                              model.dimension)
                folder.commit(manifest, all_chunks, lexical, vectors)
        with times.stage(STAGE_TIDY):
            _delete_stale_vectors(collection, {c.id for c in all_chunks if in_vector_index(c)})
            folder.prune()
        summary.files = len(entries)
        summary.chunks = len(all_chunks)
        summary.seconds = round(time.perf_counter() - started, 3)
        summary.precision = embedder.precision
        summary.stages = times.rounded()
        return summary


RAW_SAMPLE = 2000   # passages the raw rate is measured on


def raw_embedding_rate(embedder: Embedder, texts: list[str], sample: int = RAW_SAMPLE) -> dict:
    """The model's own rate on (an even sample of) these texts, embedded as ingest does: shortest first,
    WRITE_BATCH at a time, nothing else running."""
    if not texts:
        return {"passages_per_s": 0.0, "sample": 0}
    step = max(1, len(texts) // sample)
    chosen = sorted(texts[::step][:sample], key=len)
    embedder.embed(chosen[:8])   # model loaded and warm
    started = time.perf_counter()
    for i in range(0, len(chosen), WRITE_BATCH):
        embedder.embed(chosen[i:i + WRITE_BATCH])
    seconds = time.perf_counter() - started
    return {"passages_per_s": round(len(chosen) / seconds, 1), "sample": len(chosen)}


def _by_doc(chunks: list[Chunk]) -> dict[str, list[Chunk]]:
    out: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        out.setdefault(chunk.doc_id, []).append(chunk)
    return out


def _embed_and_write(collection, embedder: Embedder, chunks: list[Chunk], progress: Progress | None,
                     times: StageTimes, known_pieces: dict[str, int] | None = None) -> dict[str, np.ndarray]:
    """Embed the chunks Chroma lacks and add them batch by batch; returns the vectors embedded, by chunk id.

    Ids are content-derived, so vectors written by an interrupted run are found here and reused. Chunks
    go to the model shortest first, so each batch pads little; while one batch is embedded, Chroma takes
    the one before it on another thread (its writes release the interpreter lock).
    """
    present: set[str] = set()
    with times.stage(STAGE_CHROMA):
        for i in range(0, len(chunks), 1000):
            present.update(collection.get(ids=[c.id for c in chunks[i:i + 1000]], include=[])["ids"])
    todo = sorted((c for c in chunks if c.id not in present), key=lambda c: len(c.embedding_text))
    embedded: dict[str, np.ndarray] = {}
    # the splitter's budget leaves room for the title line; this guards against a silent truncation. Checked
    # before any write: inside the loop it competed with the Chroma writer thread for the two cores
    with times.stage(STAGE_SPLIT):
        too_long = oversized(todo, embedder, known_pieces or {})
    if too_long:
        raise RuntimeError(f"chunks {too_long[:3]} exceed the model's {MODEL_MAX_TOKENS} word pieces")
    if progress and todo:
        progress(0, len(todo))
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="chroma-writes") as writer:
        writing: Future | None = None
        for i in range(0, len(todo), WRITE_BATCH):
            batch = todo[i:i + WRITE_BATCH]
            texts = [c.embedding_text for c in batch]
            with times.stage(STAGE_EMBED):
                vectors = embedder.embed(texts)
            embedded.update(zip((c.id for c in batch), vectors))
            if writing is not None:
                with times.stage(STAGE_CHROMA):
                    writing.result()   # one write in flight: memory stays bounded and its errors surface here
            # add, not upsert: `todo` holds only ids Chroma lacks, and the writer lock keeps it so. Records stay
            # out of Chroma's graph (see in_vector_index); their vectors are in the generation's vectors.npy
            rows = [n for n, c in enumerate(batch) if in_vector_index(c)]
            if rows:
                writing = writer.submit(collection.add, ids=[batch[n].id for n in rows], embeddings=vectors[rows],
                                        documents=[batch[n].text for n in rows],
                                        metadatas=[chroma_metadata(batch[n]) for n in rows])
            if progress:
                progress(min(i + WRITE_BATCH, len(todo)), len(todo))
        if writing is not None:
            with times.stage(STAGE_CHROMA):
                writing.result()
    return embedded


def oversized(chunks: list[Chunk], embedder: Embedder, known_pieces: dict[str, int]) -> list[str]:
    """Ids of chunks whose embedding text (title line and passage) exceeds the model's word pieces.

    A chunk the splitter measured whole is counted as its text's pieces plus its title line's (each distinct
    title line tokenized once, with the special tokens). That sum is trusted only after it equalled the
    exact count on an even sample of the chunks; otherwise every chunk is tokenized whole.
    """
    step = max(1, len(chunks) // COUNT_BATCH)
    sample = chunks[::step]
    counts = dict(zip((c.id for c in sample), embedder.count_tokens_many([c.embedding_text for c in sample])))
    heads: dict[str, int] = {}

    def estimate(chunk: Chunk) -> int | None:
        if chunk.id not in known_pieces:
            return None
        head = chunk.embedding_head
        if head not in heads:   # "" counts only the special tokens
            heads[head] = embedder.count_tokens_many([head])[0]
        return known_pieces[chunk.id] + heads[head]

    additive = all(estimate(c) in (None, counts[c.id]) for c in sample)
    estimates = {c.id: n for c in chunks if c.id not in counts and additive and (n := estimate(c)) is not None}
    unknown = [c for c in chunks if c.id not in counts and c.id not in estimates]
    for i in range(0, len(unknown), COUNT_BATCH):
        batch = unknown[i:i + COUNT_BATCH]
        counts.update(zip((c.id for c in batch), embedder.count_tokens_many([c.embedding_text for c in batch])))
    counts.update(estimates)
    return [c.id for c in chunks if counts[c.id] > MODEL_MAX_TOKENS]


def _generation_vectors(chunks: list[Chunk], embedded: dict[str, np.ndarray], previous_chunks: list[Chunk],
                        previous_vectors: np.ndarray | None, collection, dimension: int) -> np.ndarray:
    """Every committed chunk's vector, row i for chunk i: embedded by this run, kept from the previous
    generation, or (vectors an interrupted run left in Chroma, or a generation that kept none) read back."""
    matrix = np.zeros((len(chunks), dimension), dtype=np.float32)
    previous_rows = {c.id: i for i, c in enumerate(previous_chunks)} if previous_vectors is not None else {}
    missing = []
    for i, chunk in enumerate(chunks):
        if chunk.id in embedded:
            matrix[i] = embedded[chunk.id]
        elif previous_vectors is not None and chunk.id in previous_rows:
            matrix[i] = previous_vectors[previous_rows[chunk.id]]
        else:
            missing.append(i)
    for start in range(0, len(missing), 1000):
        rows = missing[start:start + 1000]
        stored = collection.get(ids=[chunks[i].id for i in rows], include=["embeddings"])
        by_id = dict(zip(stored["ids"], stored["embeddings"]))
        for i in rows:
            matrix[i] = by_id[chunks[i].id]
    return matrix


def _delete_stale_vectors(collection, keep: set[str]) -> None:
    """Vectors that no committed chunk uses: old versions of changed files, removed files, crashed runs."""
    if collection.count() == len(keep):
        return
    stale = [i for i in collection.get(include=[])["ids"] if i not in keep]
    for i in range(0, len(stale), 1000):
        collection.delete(ids=stale[i:i + 1000])
