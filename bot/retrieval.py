"""Hybrid retrieval: dense (Chroma) and BM25 over the same chunk ids, fused by their relative scores."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np

from bot.base.records import RECORD_SECTION, DocumentMeta, DocumentSummary, Passage
from bot.base.seams import TextEmbedder
from bot.base.settings import Settings
from bot.sentences import BULLET, NUMBERED_ITEM, TermWeights
from ingest.index import (
    CURRENT,
    IndexFolder,
    IndexMissingError,
    IndexStoreError,
    in_vector_index,
    open_chroma,
    open_collection,
    reopen_chroma,
)
from ingest.lexical import LexicalIndex, top_scored
from ingest.split import Chunk

CANDIDATES_PER_SIDE = 30   # how deep each retriever looks before fusion
FOLLOWING_CHARS = 600      # what a passage ending in ":" takes from the next chunk, at most
# a passage's opening that leans on the paragraph before it: a conclusion drawn or a thing pointed back to
_OPENS_LEANING_BACK = re.compile(r"(?:Therefore|Thus|Hence|Consequently|Otherwise|This|These|Those|Such|It|They)\b")
LEAD_IN_CHARS = 300        # the lead-in a passage opening with a list takes from the chunk before, at most
FOLLOWING_LINE_WORDS = 25  # a longer line that is no list item or table row is prose: the taking stops there
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
DENSE_WEIGHT = 0.5         # meaning and words count equally
SUBJECT_SHARE = 0.5        # a word used by this share of the essays names what the collection is about ...
SUBJECT_MIN_ESSAYS = 4     # ... when there are at least this many (in one essay every word would)
# dense or BM25 alone rank the same candidates (both sides' top 30) by their own score only
DENSE_WEIGHTS = {"hybrid": DENSE_WEIGHT, "dense": 1.0, "bm25": 0.0}


@dataclass(frozen=True)
class ScoredChunk:
    chunk: Chunk
    score: float
    similarity: float | None


def relative_score_fusion(scores: dict[str, tuple[float, float]],
                          dense_weight: float = DENSE_WEIGHT) -> list[tuple[str, float]]:
    """Fuse {id: (cosine similarity, BM25 score)}, both known for every candidate. Best first, ties by id.

    Each signal is standardised over the candidates (distance from their mean in standard deviations), then
    the two are weighted. Unlike reciprocal rank fusion this keeps how far ahead a result is: the one passage
    holding a rare name the question asks about (BM25 far above the rest) is not outranked by passages that
    are merely near the top of both lists. Unlike min-max scaling it keeps that lead when the other signal
    is flat: a dense side whose 60 candidates differ by noise is not stretched to the full scale.
    """
    if not scores:
        return []
    ids = list(scores)
    values = np.array([scores[cid] for cid in ids], dtype=np.float64)
    deviation = values.std(axis=0)
    scaled = (values - values.mean(axis=0)) / np.where(deviation > 0, deviation, 1.0)
    fused = dense_weight * scaled[:, 0] + (1.0 - dense_weight) * scaled[:, 1]
    return sorted(zip(ids, fused.tolist()), key=lambda item: (-item[1], item[0]))


def merge_overlapping(hits: list[ScoredChunk]) -> list[ScoredChunk]:
    """Neighbouring chunks of one document that overlap become one passage (the best score kept)."""
    merged: list[ScoredChunk] = []
    for hit in hits:
        for i, other in enumerate(merged):
            a, b = other.chunk, hit.chunk
            if a.doc_id == b.doc_id and a.section == b.section and a.page == b.page and \
                    b.start < a.end and a.start < b.end:
                merged[i] = ScoredChunk(_union(a, b), other.score, _max(other.similarity, hit.similarity))
                break
        else:
            merged.append(hit)
    return merged


def what_follows(text: str) -> int:
    """How much of text (what comes after a lead-in ending in ":") is the list, table or code it leads into: its
    opening lines while each is a list item, a table row or a short line that ends no sentence, up to
    FOLLOWING_CHARS; 0 when it opens with prose."""
    end = 0
    for m in re.finditer(r"\S(?:.*\S)?", text):   # each line, without its surrounding whitespace
        line = m.group(0)
        short_line = len(line.split()) <= FOLLOWING_LINE_WORDS and not _SENTENCE_END.search(line)
        if m.end() > FOLLOWING_CHARS or not (BULLET.match(line) or NUMBERED_ITEM.match(line) or " | " in line
                                             or short_line):
            break
        end = m.end()
    return end


def _union(a: Chunk, b: Chunk) -> Chunk:
    first, second = (a, b) if a.start <= b.start else (b, a)
    text = first.text + second.text[first.end - second.start:] if second.end > first.end else first.text
    return replace(first, text=text, end=max(first.end, second.end))


def _max(x: float | None, y: float | None) -> float | None:
    return y if x is None else x if y is None else max(x, y)


class IndexSnapshot:
    """The committed chunks and BM25 index, reloaded when an ingest commits a new generation."""

    def __init__(self, settings: Settings, model_name: str, dimension: int):
        self._folder = IndexFolder(settings.index_dir)
        self._settings = settings
        self._model = (model_name, dimension)
        self._stamp: tuple | None = None
        self.chunks: dict[str, Chunk] = {}
        self.lexical: LexicalIndex | None = None
        self.vectors: np.ndarray | None = None   # row i: the vector of lexical.ids[i] (memory-mapped)
        self.collection = None
        self.record_ids: list[str] = []
        self.record_docs = np.zeros(0, dtype=object)
        self.record_vectors: np.ndarray | None = None
        self._weights: TermWeights | None = None
        self.all_titles: list[str] | None = None   # titles() of every essay, once per generation
        self._naming: dict[str, frozenset[str]] = {}   # word -> the essays that use it, asked for one by one

    def _current_stamp(self) -> tuple | None:
        try:
            st = (self._settings.index_dir / CURRENT).stat()
            return st.st_mtime_ns, st.st_ino, st.st_size
        except FileNotFoundError:
            return None

    def refresh(self) -> None:
        stamp = self._current_stamp()
        if stamp is None:
            raise IndexMissingError(f"no index in {self._settings.index_dir}; run `python -m ingest` first")
        if stamp == self._stamp:
            return
        chunks = self._folder.read_chunks()
        self.lexical = self._folder.read_lexical()
        self.vectors = self._folder.read_vectors()
        self.chunks = {c.id: c for c in chunks}
        self.by_position = {(c.doc_id, c.ordinal): c for c in chunks}
        self.doc_ids = frozenset(c.doc_id for c in chunks)
        # essays' records are not in Chroma (ingest.index.in_vector_index): scored exactly, from these rows
        # (a compact copy: rows gathered from all over the memory-mapped file made every search slower)
        records = [c for c in chunks if not in_vector_index(c)]
        self.record_ids = [c.id for c in records]
        self.record_docs = np.array([c.doc_id for c in records], dtype=object)
        rows = np.array([self.lexical.position[c.id] for c in records], dtype=np.int64)
        self.record_vectors = np.ascontiguousarray(self.vectors[rows]) if self.vectors is not None else None
        self._weights = None
        self.all_titles = None
        self._naming = {}
        if self.collection is None:
            client = open_chroma(self._settings.index_dir, self._settings.chroma_url)
            self.collection = open_collection(client, *self._model, create=False)
        elif not self._settings.chroma_url:   # a new generation, perhaps written by another process
            client = reopen_chroma(self._settings.index_dir, None)
            self.collection = open_collection(client, *self._model, create=False)
        self._stamp = stamp

    def term_weights(self) -> TermWeights:
        """How rare each word is in this generation's passages (computed once per generation)."""
        if self._weights is None:
            assert self.lexical is not None, "refresh() loads the BM25 index"
            self._weights = TermWeights.from_document_frequencies(*self.lexical.document_frequencies())
        return self._weights

    def essays_naming(self, word: str) -> frozenset[str]:
        """The essays whose passages use the word (as BM25 reads it: any case, stemmed), from its postings."""
        assert self.lexical is not None, "refresh() loads the BM25 index"
        key = word.lower()
        if key not in self._naming:
            ids = self.lexical.ids
            self._naming[key] = frozenset(self.chunks[ids[i]].doc_id for i in self.lexical.chunks_with(key))
        return self._naming[key]

    def documents(self) -> list[DocumentSummary]:
        """The essays in this generation, by doc id: their metadata and number of passages."""
        counts: dict[str, int] = {}
        metas: dict[str, DocumentMeta] = {}
        for chunk in self.chunks.values():
            counts[chunk.doc_id] = counts.get(chunk.doc_id, 0) + 1
            metas.setdefault(chunk.doc_id, chunk.meta)
        return [DocumentSummary(doc_id, metas[doc_id], counts[doc_id]) for doc_id in sorted(counts)]


class HybridRetriever:
    def __init__(self, settings: Settings, embedder: TextEmbedder, snapshot: IndexSnapshot):
        self._settings = settings
        self._embedder = embedder
        self._snapshot = snapshot

    def retrieve(self, query: str, k: int | None = None, doc_ids: Iterable[str] | None = None) -> list[Passage]:
        """The top-k passages for query (optionally only from some documents), numbered from 1."""
        k = k or self._settings.top_k
        snapshot = self._snapshot
        snapshot.refresh()
        allowed = set(doc_ids) if doc_ids else None
        vector = self._embedder.embed_query(query)
        similarity = dict(self._dense(vector, allowed))
        lexical = snapshot.lexical
        assert lexical is not None, "refresh() loads the BM25 index"
        bm25 = lexical.scores(query)
        depth = CANDIDATES_PER_SIDE * (3 if allowed else 1)
        lexical_ids = [cid for cid, _ in top_scored(lexical.ids, bm25, depth)
                       if allowed is None or snapshot.chunks[cid].doc_id in allowed][:CANDIDATES_PER_SIDE]
        # both signals for every candidate: the cosine of those only BM25 found comes from their stored vectors,
        # the BM25 score of those only Chroma found from the full score array (one generation: same ids)
        similarity.update(self._similarities(vector, [cid for cid in lexical_ids if cid not in similarity]))
        fused = relative_score_fusion({cid: (sim, float(bm25[lexical.position[cid]]))
                                       for cid, sim in similarity.items()},
                                      DENSE_WEIGHTS[self._settings.retriever])
        hits = [ScoredChunk(snapshot.chunks[cid], score, similarity.get(cid)) for cid, score in fused]
        hits = merge_overlapping(hits[: k * 2])[:k]
        return [_passage(n, self._with_its_lead_in(self._with_what_follows(hit)))
                for n, hit in enumerate(hits, start=1)]

    def _with_what_follows(self, hit: ScoredChunk) -> ScoredChunk:
        """A passage that ends leading into something ("The minimum kernel version that supports each tunnel
        protocol is:") with the list, table rows or commands that open the next chunk of its section: the
        splitter cut there, and the lead-in alone answers nothing."""
        chunk = hit.chunk
        after = self._snapshot.by_position.get((chunk.doc_id, chunk.ordinal + 1))
        if not chunk.text.rstrip().endswith(":") or after is None or after.section != chunk.section or \
                after.page != chunk.page or after.end <= chunk.end:
            return hit
        rest = after.text[max(0, chunk.end - after.start):]
        taken = what_follows(rest)
        if not taken:
            return hit
        gap = max(0, after.start - chunk.end)   # the whitespace between them, kept as long as it was
        text = chunk.text + "\n" * gap + rest[:taken]
        return ScoredChunk(replace(chunk, text=text, end=chunk.end + gap + taken), hit.score, hit.similarity)

    def _with_its_lead_in(self, hit: ScoredChunk) -> ScoredChunk:
        """A passage that opens with a list's items, with the lead-in that introduces them ("If not set, available
        values will be considered in this order:") from the chunk before in its section: the splitter cut
        between them, and the items alone do not say what they list. Likewise a passage that opens leaning on
        the paragraph before ("Therefore, converting arbitrary input strings to atoms can be dangerous ..."),
        with that paragraph ("Atoms are not garbage-collected. ...") when it is short."""
        chunk = hit.chunk
        first = chunk.text.lstrip().split("\n", 1)[0]
        items = bool(BULLET.match(first) or NUMBERED_ITEM.match(first))
        before = self._snapshot.by_position.get((chunk.doc_id, chunk.ordinal - 1))
        if not (items or _OPENS_LEANING_BACK.match(first)) or before is None or \
                before.section != chunk.section or before.page != chunk.page or before.start >= chunk.start:
            return hit
        head = before.text[:chunk.start - before.start].rstrip()   # what the chunk before holds ahead of this one
        lead = head[head.rfind("\n\n") + 2:]                  # its last paragraph, whole (none: it is cut)
        if "\n\n" not in head or (items and not lead.endswith(":")) or len(lead) > LEAD_IN_CHARS or \
                BULLET.match(lead) or NUMBERED_ITEM.match(lead) or not (items or _SENTENCE_END.search(lead)):
            return hit
        gap = chunk.start - (before.start + len(head))        # the whitespace between them, kept as long as it was
        return ScoredChunk(replace(chunk, text=lead + "\n" * gap + chunk.text, start=chunk.start - gap - len(lead)),
                           hit.score, hit.similarity)

    def lead_ins(self, passages: Iterable[Passage]) -> list[str]:
        """The text just before each passage in its essay (the previous chunk, same section; "" for none), in
        the passages' order: a passage that starts "This release features ..." names its release there."""
        snapshot = self._snapshot
        out = []
        for p in passages:
            chunk = snapshot.chunks.get(p.chunk_id)
            before = snapshot.by_position.get((chunk.doc_id, chunk.ordinal - 1)) if chunk is not None else None
            out.append(before.text if before is not None and chunk is not None and before.section == chunk.section
                       else "")
        return out

    def titles(self, doc_ids: Iterable[str] | None = None) -> list[str]:
        """The essays' titles and collection names, from their records (no scan of the passages)."""
        snapshot = self._snapshot
        snapshot.refresh()
        allowed = set(doc_ids) if doc_ids else None
        if allowed is None and snapshot.all_titles is not None:
            return snapshot.all_titles
        records = (snapshot.chunks[i] for i in snapshot.record_ids)
        names = list(dict.fromkeys(name for c in records if allowed is None or c.doc_id in allowed
                                   for name in (c.meta.title, c.meta.collection) if name))
        if allowed is None:
            snapshot.all_titles = names
        return names

    def names_the_collection(self, word: str) -> bool:
        """The word is what the whole collection is about: at least half of its essays, and four or more, use
        it ("Git" in git's manual pages), so a question naming it needs no passage to repeat it."""
        snapshot = self._snapshot
        snapshot.refresh()
        naming = len(snapshot.essays_naming(word))
        return naming >= SUBJECT_MIN_ESSAYS and naming >= SUBJECT_SHARE * len(snapshot.doc_ids)

    def openings(self, doc_id: str, count: int) -> list[Passage]:
        """An essay's first `count` passages (its text's opening, not its record), in reading order, each
        numbered 1; [] when it has none."""
        snapshot = self._snapshot
        snapshot.refresh()
        found = []
        for ordinal in range(count):
            chunk = snapshot.by_position.get((doc_id, ordinal))
            if chunk is None or chunk.section == RECORD_SECTION:
                break
            found.append(_passage(1, ScoredChunk(chunk, 1.0, None)))
        return found

    def headings(self, doc_id: str) -> list[str]:
        """An essay's section headings as its passages carry them, in reading order, each once (its record's
        section, and passages under no heading, left out)."""
        snapshot = self._snapshot
        snapshot.refresh()
        found: dict[str, None] = {}
        ordinal = 0
        while (chunk := snapshot.by_position.get((doc_id, ordinal))) is not None:
            if chunk.section and chunk.section != RECORD_SECTION:
                found.setdefault(chunk.section)
            ordinal += 1
        return list(found)

    def records(self, doc_ids: Iterable[str] | None = None) -> list[Passage]:
        """Each essay's record passage (its metadata as sentences), by title, numbered from 1."""
        snapshot = self._snapshot
        snapshot.refresh()
        allowed = set(doc_ids) if doc_ids else None
        chunks = sorted((c for c in snapshot.chunks.values() if c.section == RECORD_SECTION
                         and (allowed is None or c.doc_id in allowed)),
                        key=lambda c: ((c.meta.title or c.doc_id).lower(), c.doc_id))
        return [_passage(n, ScoredChunk(c, 1.0, None)) for n, c in enumerate(chunks, start=1)]

    def _dense(self, vector: np.ndarray, allowed: set[str] | None) -> list[tuple[str, float]]:
        snapshot = self._snapshot
        n = min(CANDIDATES_PER_SIDE, len(snapshot.chunks))
        if n == 0:
            return []
        where = {"doc_id": {"$in": sorted(allowed)}} if allowed else None
        result = self._ask_chroma(lambda c: c.query(query_embeddings=[vector], n_results=n, where=where,
                                                    include=["distances"]))
        # ids an unfinished ingest left in Chroma are not part of the committed index: skip them
        found = {cid: 1.0 - float(d) for cid, d in zip(result["ids"][0], result["distances"][0])
                 if cid in snapshot.chunks}
        if snapshot.record_vectors is not None and len(snapshot.record_ids):   # the records, exactly
            # einsum, not @: a product this size wakes the BLAS threads, whose spinning then slowed the next
            # query embedding on two cores by half (measured at 100k: retrieval p50 34 ms against 16)
            scores = np.einsum("ij,j->i", snapshot.record_vectors, vector)
            if allowed is not None:
                scores = np.where(np.isin(snapshot.record_docs, list(allowed)), scores, -np.inf)
            best = np.argpartition(-scores, min(n, len(scores)) - 1)[:n]
            found.update((snapshot.record_ids[i], float(scores[i])) for i in best if np.isfinite(scores[i]))
        return sorted(found.items(), key=lambda item: -item[1])[:n]

    def _similarities(self, vector: np.ndarray, ids: list[str]) -> dict[str, float]:
        """Cosine similarity of the query to stored chunk vectors (the vectors are normalised)."""
        if not ids:
            return {}
        snapshot = self._snapshot
        # the generation's own copy of the vectors: a lookup, where asking Chroma took 2.4 ms at 100k
        if snapshot.vectors is not None and snapshot.lexical is not None:
            rows = snapshot.vectors[[snapshot.lexical.position[cid] for cid in ids]]
            return dict(zip(ids, (rows @ vector).tolist()))
        stored = self._ask_chroma(lambda c: c.get(ids=ids, include=["embeddings"]))
        return {cid: float(np.dot(np.asarray(v, dtype=np.float32), vector))
                for cid, v in zip(stored["ids"], stored["embeddings"])}

    def _ask_chroma(self, call):
        try:
            return call(self._snapshot.collection)
        except Exception as exc:  # chromadb raises connection and internal errors of many types
            where_ = self._settings.chroma_url or str(self._settings.index_dir / "chroma")
            raise IndexStoreError(f"the vector index at {where_} did not answer ({type(exc).__name__}); "
                                  "try again in a moment, or check that the Chroma server is running") from None


def _passage(n: int, hit: ScoredChunk) -> Passage:
    c = hit.chunk
    return Passage(n=n, chunk_id=c.id, doc_id=c.doc_id, meta=c.meta, section=c.section, page=c.page, text=c.text,
                   start=c.start, end=c.end, score=round(hit.score, 6),
                   similarity=None if hit.similarity is None else round(hit.similarity, 4))
