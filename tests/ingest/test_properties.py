"""Property-based tests: the cleaner and the splitter never crash, and never invent text."""
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from bot.base.records import DocumentMeta
from bot.base.settings import DEFAULT_CHUNK_OVERLAP_TOKENS, DEFAULT_CHUNK_TOKENS
from ingest.clean import clean_pages
from ingest.split import PassageSplitter
from ingest.textnorm import collapse_whitespace

prose = st.lists(st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    st.sampled_from(["\n\n", "\n", "# Heading", "  \u2022 bullet point.", "View profile", "Authors", "Hessy Elliott",
                     "China\u2019s approach.", "\u201cQuoted.\u201d", "1. first", "\t", "\r\n"]),
), max_size=40).map("".join)


@given(prose, st.booleans())
def test_cleaning_never_crashes_and_keeps_only_source_text(text, markdown):
    doc = clean_pages([(None, text)], markdown=markdown)
    source = collapse_whitespace(text)
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= len(doc.text)
    for paragraph in doc.text.split("\n\n"):
        assert collapse_whitespace(paragraph) in source


@pytest.fixture(scope="module")
def splitter(embedder):
    return PassageSplitter(lambda s: embedder.tokenizer(s, add_special_tokens=False)["input_ids"],
                           DEFAULT_CHUNK_TOKENS, DEFAULT_CHUNK_OVERLAP_TOKENS)


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prose)
def test_every_chunk_is_found_verbatim_in_its_document(splitter, text):
    doc = clean_pages([(None, text)], markdown=True)
    for chunk in splitter.split(doc, "d.md", DocumentMeta(title="T"), "key"):
        assert doc.text[chunk.start:chunk.end] == chunk.text
        # a passage may join paragraphs that a dropped one (boilerplate) stood between: each is verbatim
        for paragraph in chunk.text.split("\n\n"):
            assert collapse_whitespace(paragraph) in collapse_whitespace(text)
