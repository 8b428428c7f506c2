import dataclasses
import random

import pytest

from bot.base.records import DocumentMeta
from bot.base.settings import DEFAULT_CHUNK_OVERLAP_TOKENS, DEFAULT_CHUNK_TOKENS
from bot.bench.synthetic import generate_paragraph
from ingest.clean import clean_pages
from ingest.embedder import MODEL_MAX_TOKENS
from ingest.split import PassageSplitter
from tests.conftest import BUNDLED_CORPUS, SEED_FILE


@pytest.fixture(scope="module")
def splitter(embedder):
    return PassageSplitter(lambda s: embedder.tokenizer(s, add_special_tokens=False)["input_ids"],
                           DEFAULT_CHUNK_TOKENS, DEFAULT_CHUNK_OVERLAP_TOKENS)


def long_document():
    rng = random.Random(3)
    # one huge paragraph (no blank lines) and several normal ones, under a heading
    text = "# A long essay\n\n" + " ".join(generate_paragraph(rng) for _ in range(8)) + "\n\n" + \
        "\n\n".join(generate_paragraph(rng) for _ in range(6))
    return clean_pages([(None, text)], markdown=True)


def test_every_chunk_fits_the_model_window_with_its_title_line(splitter, embedder):
    meta = DocumentMeta(title="An essay title that is fairly long, as titles of policy reports often are")
    for doc in (long_document(), clean_pages([(None, (BUNDLED_CORPUS / SEED_FILE).read_text())])):
        for chunk in splitter.split(doc, "essay.md", meta, "key"):
            assert embedder.count_tokens(chunk.embedding_text) <= MODEL_MAX_TOKENS


def test_chunks_are_exact_slices_of_the_cleaned_document_and_cover_it(splitter):
    doc = long_document()
    chunks = splitter.split(doc, "essay.md", DocumentMeta(title="T"), "key")
    assert len(chunks) > 8
    covered = set()
    for chunk in chunks:
        assert doc.text[chunk.start:chunk.end] == chunk.text
        covered.update(range(chunk.start, chunk.end))
    words_outside = [i for i in range(len(doc.text)) if i not in covered and not doc.text[i].isspace()]
    assert words_outside == []
    assert all(c.section == "A long essay" for c in chunks)


def test_long_paragraph_is_split_at_sentences_with_a_small_overlap(splitter):
    doc = long_document()
    first_paragraph_end = doc.text.index("\n\n")
    inside = [c for c in splitter.split(doc, "essay.md", DocumentMeta(title="T"), "key") if c.end <= first_paragraph_end]
    assert len(inside) >= 3
    assert all(c.text.rstrip().endswith(".") for c in inside)
    assert any(later.start < earlier.end for earlier, later in zip(inside, inside[1:]))


def test_same_content_gives_the_same_ids_and_new_content_new_ids(splitter):
    doc = long_document()
    meta = DocumentMeta(title="T")
    first = [c.id for c in splitter.split(doc, "essay.md", meta, "key-1")]
    assert first == [c.id for c in splitter.split(doc, "essay.md", meta, "key-1")]
    assert not set(first) & {c.id for c in splitter.split(doc, "essay.md", meta, "key-2")}


def unicode_document():
    text = ("# Überblick — naïve café\n\n" + "Ein Absatz mit Umlauten: Größe, Maß, Œuvre; 北京 和 上海 (AI). " * 2 +
            "\n\n## Émojis 🙂 and symbols ±×÷\n\n" + "Prices rose 12.5% (from $3.40 to €3.83) in Q3… " * 3)
    return clean_pages([(None, text)], markdown=True)


def test_the_splitter_remembers_each_chunks_word_pieces_as_the_model_counts_them(embedder):
    splitter = PassageSplitter(lambda s: embedder.tokenizer(s, add_special_tokens=False)["input_ids"],
                               DEFAULT_CHUNK_TOKENS, DEFAULT_CHUNK_OVERLAP_TOKENS)
    short_sections = splitter.split(unicode_document(), "u.md", DocumentMeta(title="T"), "key")
    chunks = short_sections + splitter.split(long_document(), "essay.md", DocumentMeta(title="T"), "key")
    known = [c for c in chunks if c.id in splitter.pieces]
    assert {c.id for c in short_sections} <= set(splitter.pieces)   # a section that fits is measured whole
    for chunk in known:
        assert splitter.pieces[chunk.id] == len(embedder.tokenizer(chunk.text, add_special_tokens=False)["input_ids"])


def test_the_length_check_finds_a_too_long_chunk_with_remembered_counts_and_with_wrong_ones(embedder, monkeypatch):
    from ingest import pipeline
    from ingest.pipeline import oversized

    monkeypatch.setattr(pipeline, "COUNT_BATCH", 4)   # a sample of a few chunks: the rest are estimated

    splitter = PassageSplitter(lambda s: embedder.tokenizer(s, add_special_tokens=False)["input_ids"],
                               DEFAULT_CHUNK_TOKENS, DEFAULT_CHUNK_OVERLAP_TOKENS)
    meta = DocumentMeta(title="Größe and 北京: a title with word pieces of its own")
    chunks = splitter.split(long_document(), "e.md", meta, "k") + splitter.split(unicode_document(), "u.md", meta, "k")
    assert oversized(chunks, embedder, splitter.pieces) == []
    for chunk in chunks:   # the sum of the parts is the whole, for this model
        if chunk.id in splitter.pieces:
            assert splitter.pieces[chunk.id] + embedder.count_tokens(chunk.embedding_head) == \
                embedder.count_tokens(chunk.embedding_text)
    # a chunk too long for the model (as a splitter with a bigger budget would make), its count remembered
    big = dataclasses.replace(chunks[0], id="big", text=" ".join(["interoperability"] * 200))
    known = {**splitter.pieces, "big": len(embedder.tokenizer(big.text, add_special_tokens=False)["input_ids"])}
    tokenized = []
    counting = embedder.count_tokens_many
    monkeypatch.setattr(embedder, "count_tokens_many", lambda texts: tokenized.extend(texts) or counting(texts))
    assert oversized(chunks + [big], embedder, known) == ["big"]
    whole = [t for t in tokenized if "\n" in t]   # title line and passage, tokenized together
    every = chunks + [big]
    sample = every[::len(every) // 4]
    not_measured = [c for c in every if c.id not in known and c not in sample]
    assert len(whole) == len(sample) + len(not_measured) < len(every)
    # counts that do not add up (another tokenizer, say) are caught by the sample, and every chunk is counted
    lying = {chunk_id: 1 for chunk_id in known}
    assert oversized(chunks + [big], embedder, lying) == ["big"]


def test_skipping_the_tokenizer_for_texts_plainly_too_long_gives_the_chunks_llama_index_gives(embedder):
    from llama_index.core.node_parser import SentenceSplitter

    def pieces(s):
        return embedder.tokenizer(s, add_special_tokens=False)["input_ids"]

    plain = SentenceSplitter(chunk_size=DEFAULT_CHUNK_TOKENS, chunk_overlap=DEFAULT_CHUNK_OVERLAP_TOKENS,
                             tokenizer=pieces, paragraph_separator="\n\n")
    splitter = PassageSplitter(pieces, DEFAULT_CHUNK_TOKENS, DEFAULT_CHUNK_OVERLAP_TOKENS)
    for doc in (long_document(), unicode_document(), clean_pages([(None, (BUNDLED_CORPUS / SEED_FILE).read_text())])):
        ours = [c.text for c in splitter.split(doc, "e.md", DocumentMeta(title="T"), "k")]
        theirs = [p for s in doc.sections for p in plain.split_text(doc.text[s.start:s.end])]
        assert ours == theirs and len(ours) > 1
