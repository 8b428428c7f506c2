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
