"""The ingest pipeline against a real persistent Chroma and the real embedding model."""
import json

import pytest

from bot.base.records import RECORD_SECTION
from ingest.index import (
    EmbeddingModelMismatch,
    IndexFolder,
    IndexLockedError,
    in_vector_index,
    open_chroma,
    open_collection,
)
from ingest.pipeline import run_ingest
from ingest.textnorm import collapse_whitespace, normalize_for_match
from tests.conftest import SEED_FILE
from tests.ingest.files import ARTICLE_PARAGRAPHS, write_html_article, write_pdf


def chroma_state(settings) -> dict:
    collection = open_chroma(settings.index_dir, settings.chroma_url).get_collection("essays")
    got = collection.get(include=["documents", "metadatas"])
    return {i: (d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])}


def test_first_ingest_indexes_the_seed_with_its_catalog_metadata(settings, embedder):
    summary = run_ingest(settings, embedder)
    assert (summary.files, summary.added, summary.chunks) == (1, 1, summary.embedded)
    assert summary.chunks >= 5
    state = chroma_state(settings)
    assert len(state) == summary.chunks - 1   # every passage; the essay's record is scored apart (below)
    meta = next(iter(state.values()))[1]
    assert meta["title"] == "Conclusion" and meta["authors"] == "Hessy Elliott"
    assert meta["url"] == "https://www.nesta.org.uk/report/introducing-ai-powered-state/conclusion/"
    assert meta["doc_id"] == SEED_FILE


def test_no_chunk_has_boilerplate_or_a_repeated_paragraph_and_all_are_verbatim(settings, embedder):
    run_ingest(settings, embedder)
    source = collapse_whitespace((settings.corpus_dir / SEED_FILE).read_text(encoding="utf-8"))
    paragraphs = []
    for text, meta in chroma_state(settings).values():
        if meta.get("section") == RECORD_SECTION:   # the essay's metadata as sentences: tested below
            continue
        assert "View profile" not in text and "About Nesta" not in text
        assert collapse_whitespace(text) in source
        paragraphs.extend(normalize_for_match(p) for p in text.split("\n\n"))
    chunks = IndexFolder(settings.index_dir).read_chunks()
    # overlap may repeat a sentence across neighbours, but no paragraph is indexed twice on its own
    whole = [normalize_for_match(c.text) for c in chunks]
    assert len(whole) == len(set(whole))
    assert sum("breathtaking speed" in p for p in paragraphs) == 1


def test_each_essay_gets_one_record_passage_of_its_metadata(settings, embedder):
    (settings.corpus_dir / "manifesto.html").write_text(
        "<html><head><title>The Manifesto</title><meta name='author' content='Ian Murdock'>"
        "<meta name='date' content='2019-03-01'></head><body><h1>The Manifesto</h1>"
        "<p>Distributions are essential to the future of Linux and deserve more attention than they get.</p>"
        "</body></html>", encoding="utf-8")
    run_ingest(settings, embedder)
    records = {c.doc_id: c.text for c in IndexFolder(settings.index_dir).read_chunks() if c.section == RECORD_SECTION}
    assert sorted(records) == sorted([SEED_FILE, "manifesto.html"])
    # not in Chroma's graph, where a few thousand alike records lost neighbours: retrieval scores them exactly
    assert all(m.get("section") != RECORD_SECTION for _, m in chroma_state(settings).values())
    assert "Conclusion was written by Hessy Elliott." in records[SEED_FILE]   # from the catalog
    # no catalog entry: title, author and date come from the page's own tags
    assert "The Manifesto was written by Ian Murdock." in records["manifesto.html"]
    assert "The Manifesto is dated 2019-03-01." in records["manifesto.html"]
    # and the site it belongs to from the tail of its <title>; with no URL, the record names the file
    (settings.corpus_dir / "install.html").write_text(
        "<html><head><title>Installation &#8212; Borg 1.2.4 documentation</title></head><body><h1>Installation</h1>"
        "<p>Borg is distributed as a package for most Linux distributions, and as a standalone binary.</p>"
        "</body></html>", encoding="utf-8")
    run_ingest(settings, embedder)
    records = {c.doc_id: c.text for c in IndexFolder(settings.index_dir).read_chunks() if c.section == RECORD_SECTION}
    assert records["install.html"] == ("Installation is part of Borg 1.2.4 documentation. "
                                       "Installation is an essay in this collection, the file install.html.")
    assert "the file" not in records[SEED_FILE]      # the catalog gives its URL


def test_second_ingest_of_an_unchanged_corpus_embeds_nothing(settings, embedder):
    first = run_ingest(settings, embedder)
    second = run_ingest(settings, embedder)
    assert (second.added, second.updated, second.removed, second.embedded) == (0, 0, 0, 0)
    assert second.unchanged == 1 and second.chunks == first.chunks


def test_editing_one_file_reembeds_only_that_file(settings, embedder):
    (settings.corpus_dir / "other.md").write_text("# Other essay\n\nShenzhen courts transcribe hearings.\n")
    run_ingest(settings, embedder)
    before = chroma_state(settings)
    (settings.corpus_dir / "other.md").write_text("# Other essay\n\nShenzhen courts now use speech recognition.\n")
    summary = run_ingest(settings, embedder)
    assert (summary.updated, summary.unchanged, summary.embedded) == (1, 1, 2)   # its passage and its record
    after = chroma_state(settings)
    seed_ids = {i for i, (_, m) in before.items() if m["doc_id"] == SEED_FILE}
    assert seed_ids <= set(after)
    assert [d for d, m in after.values() if m["doc_id"] == "other.md" and m.get("section") != RECORD_SECTION] == \
        ["Shenzhen courts now use speech recognition."]


def test_deleting_a_file_removes_its_chunks_everywhere(settings, embedder):
    (settings.corpus_dir / "other.md").write_text("# Other\n\nGuiyang built a data exchange.\n")
    run_ingest(settings, embedder)
    (settings.corpus_dir / "other.md").unlink()
    summary = run_ingest(settings, embedder)
    assert summary.removed == 1 and summary.files == 1
    assert all(m["doc_id"] == SEED_FILE for _, m in chroma_state(settings).values())
    folder = IndexFolder(settings.index_dir)
    assert [hit for hit in folder.read_lexical().search("Guiyang", 5)] == []
    assert "other.md" not in folder.read_manifest().files


def test_broken_files_are_reported_by_name_and_skipped(settings, embedder):
    (settings.corpus_dir / "empty.txt").write_bytes(b"")
    (settings.corpus_dir / "photo.txt").write_bytes(b"\x89PNG\x00\x00\x00binary")
    (settings.corpus_dir / "bad.pdf").write_bytes(b"%PDF-1.4 not really")
    summary = run_ingest(settings, embedder)
    skipped = {s.file: s.reason for s in summary.skipped}
    assert set(skipped) == {"empty.txt", "photo.txt", "bad.pdf"}
    assert "empty" in skipped["empty.txt"] and "binary" in skipped["photo.txt"]
    assert summary.files == 1 and summary.added == 1


def test_a_file_that_breaks_later_keeps_its_previous_version(settings, embedder):
    run_ingest(settings, embedder)
    before = chroma_state(settings)
    (settings.corpus_dir / SEED_FILE).write_bytes(b"\xff\xfe broken \x00 bytes")
    summary = run_ingest(settings, embedder)
    assert summary.skipped[0].file == SEED_FILE and summary.skipped[0].kept_previous
    assert chroma_state(settings) == before


def test_html_and_pdf_files_are_ingested_with_title_and_pages(settings, embedder):
    write_html_article(settings.corpus_dir / "city-brain.html")
    write_pdf(settings.corpus_dir / "courts.pdf")
    summary = run_ingest(settings, embedder)
    assert summary.added == 3 and not summary.skipped
    chunks = IndexFolder(settings.index_dir).read_chunks()
    html = [c for c in chunks if c.doc_id == "city-brain.html"]
    assert html[0].meta.title == "City Brain in Hangzhou"
    assert ARTICLE_PARAGRAPHS[0] in " ".join(c.text for c in html)
    assert {c.page for c in chunks if c.doc_id == "courts.pdf" and c.section != RECORD_SECTION} == {1, 2}


def test_dense_and_lexical_indexes_hold_the_same_chunk_ids(settings, embedder):
    write_html_article(settings.corpus_dir / "city-brain.html")
    run_ingest(settings, embedder)
    folder = IndexFolder(settings.index_dir)
    passages = {c.id for c in folder.read_chunks() if c.section != RECORD_SECTION}
    assert set(folder.read_lexical().ids) == {c.id for c in folder.read_chunks()}
    assert set(chroma_state(settings)) == passages
    best_id = folder.read_lexical().search("ambulances traffic lights", 1)[0][0]
    assert "ambulances" in chroma_state(settings)[best_id][0]


def test_the_generation_keeps_each_chunks_vector_as_chroma_holds_it(settings, embedder):
    """Retrieval reads the BM25 candidates' vectors from the generation: they must be Chroma's, row for row,
    after a first ingest, after an essay is added, and after one is removed."""
    import numpy as np

    def assert_same_as_chroma():
        folder = IndexFolder(settings.index_dir)
        chunks, vectors = folder.read_chunks(), folder.read_vectors()
        collection = open_chroma(settings.index_dir, None).get_collection("essays")
        stored = collection.get(ids=[c.id for c in chunks], include=["embeddings"])
        by_id = dict(zip(stored["ids"], stored["embeddings"]))
        assert vectors.shape == (len(chunks), 384)
        rows = [i for i, c in enumerate(chunks) if in_vector_index(c)]
        assert np.allclose(vectors[rows], np.array([by_id[chunks[i].id] for i in rows]), atol=1e-6)
        # the records, kept out of Chroma, have their own vectors there (one batch differs from another a little)
        records = [i for i, c in enumerate(chunks) if not in_vector_index(c)]
        fresh = embedder.embed([chunks[i].embedding_text for i in records])
        assert records and np.allclose(vectors[records], fresh, atol=0.01)

    run_ingest(settings, embedder)
    assert_same_as_chroma()
    write_html_article(settings.corpus_dir / "city-brain.html")
    assert run_ingest(settings, embedder).added == 1
    assert_same_as_chroma()
    (settings.corpus_dir / "city-brain.html").unlink()
    assert run_ingest(settings, embedder).removed == 1
    assert_same_as_chroma()


def test_a_second_writer_is_refused_while_one_is_running(settings, embedder):
    folder = IndexFolder(settings.index_dir)
    with folder.writer_lock():
        with pytest.raises(IndexLockedError, match="another ingest"):
            run_ingest(settings, embedder)
    assert run_ingest(settings, embedder).added == 1   # free again once the first writer is done


def test_an_index_built_with_another_model_is_refused_with_the_fix(settings, embedder):
    run_ingest(settings, embedder)
    client = open_chroma(settings.index_dir, None)
    collection = client.get_collection("essays")
    collection.modify(metadata={"embedding_model": "some-other-model", "embedding_dimension": 768})
    with pytest.raises(EmbeddingModelMismatch, match="--rebuild"):
        open_collection(client, "all-MiniLM-L6-v2", 384, create=True)
    with pytest.raises(EmbeddingModelMismatch, match="re-index"):
        run_ingest(settings, embedder)
    assert run_ingest(settings, embedder, rebuild=True).chunks > 0


def test_json_summary_has_the_documented_keys(settings, embedder):
    summary = run_ingest(settings, embedder).to_json()
    assert {"files", "added", "updated", "removed", "unchanged", "chunks", "seconds"} <= set(summary)
    json.dumps(summary)


def test_files_without_a_catalog_entry_are_titled_from_their_heading_or_name(settings, embedder):
    (settings.corpus_dir / "with-heading.md").write_text("# Smart courts in Hangzhou\n\nJudges use speech recognition.\n")
    (settings.corpus_dir / "city_brain-notes.txt").write_text("Traffic lights in Hangzhou respond to ambulances.\n")
    # a first heading that is front matter names no document: the file's name does
    (settings.corpus_dir / "FAQ.txt").write_text("REVISION HISTORY\n\n2.8.0 2023-01-25 Current release.\n\n"
                                                 "The drivers drop root privileges long before the port is opened.\n")
    run_ingest(settings, embedder)
    titles = {c.doc_id: c.meta.title for c in IndexFolder(settings.index_dir).read_chunks()}
    assert titles["with-heading.md"] == "Smart courts in Hangzhou"
    assert titles["city_brain-notes.txt"] == "city brain notes"
    assert titles["FAQ.txt"] == "FAQ"
    assert titles[SEED_FILE] == "Conclusion"


def test_a_title_is_never_the_section_the_cleaner_made_nor_a_permalink_sign(settings, embedder):
    """A text file whose only heading-like part is its author block; an HTML guide whose title ends in ¶."""
    (settings.corpus_dir / "uncatalogued.txt").write_text(
        "Courts in Hangzhou use speech recognition to write the record of a hearing as it happens.\n\n"
        "The clerks check the record afterwards.\n\nAuthors\n\nJane Doe\n")
    (settings.corpus_dir / "sorting.html").write_text(
        "<html><head><title>Sorting HOW TO\u00b6</title></head><body><article><h1>Sorting HOW TO\u00b6</h1>"
        "<p>Lists have a sort method that modifies the list in place, and a sorted function that builds a new "
        "sorted list from any iterable, which is the subject of this guide.</p></article></body></html>")
    run_ingest(settings, embedder)
    chunks = IndexFolder(settings.index_dir).read_chunks()
    titles = {c.doc_id: c.meta.title for c in chunks}
    assert titles["uncatalogued.txt"] == "uncatalogued"
    assert {c.meta.authors for c in chunks if c.doc_id == "uncatalogued.txt"} == {("Jane Doe",)}
    assert titles["sorting.html"] == "Sorting HOW TO"


def test_a_title_that_names_nothing_gives_way_to_the_page_s_heading(settings, embedder):
    """Set 66's Black pages: Debian built their Markdown as reStructuredText, so Sphinx titled them "<no title> —
    Black 23.1.0 documentation" or ")", and every citation and "which pages ..." answer showed those."""
    body = ("<p>The formatter reads every file named on its command line and writes each back in the one style it "
            "knows, whatever the file looked like before.</p></article></body></html>")
    (settings.corpus_dir / "faq.html").write_text(
        "<html><head><title>&lt;no title&gt; &#8212; Fmt 1.0 documentation</title></head><body><article>"
        f"<h2>Frequently Asked Questions</h2>{body}")
    (settings.corpus_dir / "basics.html").write_text(
        "<html><head><title>) &#8212; Fmt 1.0 documentation</title></head><body><article><h1>)</h1>"
        f"<h2>The basics</h2>{body}")
    # OpenStack's pages put the site's name first: "OpenStack Docs: <no title>"
    (settings.corpus_dir / "history.html").write_text(
        "<html><head><title>OpenStack Docs: &lt;no title&gt;</title></head><body><article>"
        f"<h2>Release history</h2>{body}")
    run_ingest(settings, embedder)
    titles = {c.doc_id: c.meta.title for c in IndexFolder(settings.index_dir).read_chunks()}
    assert titles["faq.html"] == "Frequently Asked Questions"
    assert titles["basics.html"] == "The basics"
    assert titles["history.html"] == "Release history"
