"""Bot.ask on the bundled corpus with no model configured (the offline default)."""
import pytest

from bot import Answer, Bot, QuestionError
from bot.base.records import REFUSAL_SENTENCE
from ingest.textnorm import collapse_whitespace
from tests.conftest import SEED_FILE


def source_text(settings) -> str:
    return collapse_whitespace((settings.corpus_dir / SEED_FILE).read_text(encoding="utf-8"))


def test_a_question_the_essay_answers_gets_cited_verbatim_quotes(extractive_bot, seed_index):
    answer = extractive_bot.ask("What can policymakers in Europe learn from China's approach to AI?")
    assert not answer.refused and answer.mode == "extractive" and answer.model is None
    assert answer.citations
    source = source_text(seed_index)
    for citation in answer.citations:
        assert collapse_whitespace(citation.quote) in source
        assert citation.title == "Conclusion" and citation.author == "Hessy Elliott"
        assert f"[{citation.n}]" in answer.text
    assert "policymakers in Europe could learn from China" in answer.text


def test_a_question_the_essays_do_not_answer_is_refused(extractive_bot):
    answer = extractive_bot.ask("Who won the 2018 FIFA World Cup?")
    assert answer.refused and answer.text == REFUSAL_SENTENCE and answer.citations == ()
    assert answer.passages   # the closest passages are still offered


def test_a_follow_up_is_answered_about_the_same_topic(extractive_bot):
    history = [{"role": "user", "content": "Is China engaged in discussions about the ethics of AI?"},
               {"role": "assistant", "content": "Yes [1]."}]
    answer = extractive_bot.ask("Why?", history=history)
    assert "ethics" in answer.query
    assert not answer.refused and "ethic" in answer.text.lower()


def test_stream_yields_text_then_the_final_answer(extractive_bot):
    items = list(extractive_bot.stream("Why does transparency about AI in public services matter?"))
    assert isinstance(items[-1], Answer) and all(isinstance(i, str) for i in items[:-1])
    assert "".join(items[:-1]).strip()
    assert set(items[-1].timings) >= {"retrieve_ms", "answer_ms", "total_ms"}


@pytest.mark.parametrize("bad,message", [("", "empty"), ("   \n\t", "empty"), ("?!?", "no words"),
                                         ("x" * 5000, "limit")])
def test_unusable_questions_get_a_clear_message_before_any_work(extractive_bot, bad, message):
    with pytest.raises(QuestionError, match=message):
        extractive_bot.ask(bad)


def test_questions_can_be_limited_to_chosen_essays(extractive_bot, tmp_path):
    passages = extractive_bot.retrieve("ethics of AI", doc_ids=["no-such-essay.txt"])
    assert passages == []
    assert {p.doc_id for p in extractive_bot.retrieve("ethics of AI", doc_ids=[SEED_FILE])} == {SEED_FILE}


def test_documents_lists_the_indexed_essays(extractive_bot):
    [doc] = extractive_bot.documents()
    assert (doc.doc_id, doc.title, doc.meta.authors) == (SEED_FILE, "Conclusion", ("Hessy Elliott",))
    assert doc.chunks > 0


def test_the_api_key_never_appears_in_the_settings_repr(seed_index):
    settings = seed_index.with_(openai_api_key="sk-very-secret", model="m", openai_base_url="http://127.0.0.1:9")
    assert "sk-very-secret" not in repr(settings)


def test_a_bot_on_an_empty_index_folder_builds_the_index_first(tmp_path, embedder, seed_index):
    settings = seed_index.with_(index_dir=tmp_path / "fresh-index")
    bot = Bot(settings, embedder=embedder)
    assert bot.documents()[0].doc_id == SEED_FILE


def test_an_index_whose_generation_kept_no_vectors_retrieves_the_same(settings, embedder, monkeypatch):
    """Indexes built before generations kept their vectors: the BM25 candidates' cosines come from Chroma."""
    from bot.bench.synthetic import generate_corpus, plant_facts
    from bot.retrieval import HybridRetriever
    from ingest.index import VECTORS_FILE, IndexFolder
    from ingest.pipeline import run_ingest

    facts = plant_facts(generate_corpus(settings.corpus_dir / "generated", 300), 10)
    run_ingest(settings, embedder)
    looked_up = []
    similarities = HybridRetriever._similarities
    monkeypatch.setattr(HybridRetriever, "_similarities",
                        lambda self, vector, ids: looked_up.append(len(ids)) or similarities(self, vector, ids))
    questions = [f.question for f in facts]
    with_copy = [Bot(settings, embedder=embedder).retrieve(q) for q in questions]
    (IndexFolder(settings.index_dir).current_path() / VECTORS_FILE).unlink()
    without = [Bot(settings, embedder=embedder).retrieve(q) for q in questions]
    assert sum(looked_up) > 0   # some candidates were found by BM25 alone, so both lookups were exercised
    for a, b in zip(with_copy, without):
        assert [p.chunk_id for p in b] == [p.chunk_id for p in a]
        assert [p.similarity for p in b] == pytest.approx([p.similarity for p in a], abs=1e-4)
        # fused scores are in standard deviations of all 60 candidates' cosines (spread ~0.02), so the small
        # differences between Chroma's stored vectors and the generation's copy move them by a few percent
        assert [p.score for p in b] == pytest.approx([p.score for p in a], rel=0.05)


def test_an_essay_choice_not_in_the_index_is_named(extractive_bot):
    with pytest.raises(QuestionError, match="no essay named 'no-such-essay.txt'"):
        extractive_bot.ask("Is China discussing AI ethics?", doc_ids=["no-such-essay.txt"])
    with pytest.raises(QuestionError, match="must be a list of file names"):
        extractive_bot.ask("Is China discussing AI ethics?", doc_ids="000_2b8d790fec33eaad.txt")


def test_a_refused_question_in_history_never_becomes_part_of_the_query(extractive_bot):
    huge = "why " * 1_250_000
    history = [{"role": "user", "content": huge},
               {"role": "assistant", "content": "\u26a0\ufe0f the question is 5,000,000 characters long"}]
    answer = extractive_bot.ask("Why?", history=history)
    assert answer.query == "Why?" and answer.timings["total_ms"] < 5_000


def test_a_passage_opening_with_a_lists_items_brings_the_lead_in_the_chunk_before_ends_with(settings, embedder):
    """Mercurial's environment topic: "... If not set, available values will be considered in this order:"
    ended one chunk and its items opened the next, so a question on where the author's name comes from found
    the items without what they are."""
    from ingest.pipeline import run_ingest

    filler = " ".join(f"Setting number {n} of the tool is read from the environment when a command starts, "
                      "before any configuration file." for n in range(1, 5))
    lead = ("The author variable is the string used as the author of a commit whenever the tool records one, "
            "and if it is not set, the other available values will be considered by the tool one after another, "
            "in this order:")
    items = ["- the deprecated author variable", "- configuration files from the search path",
             "- the EMAIL variable", "- an interactive prompt", "- LOGNAME with the host name appended"]
    (settings.corpus_dir / "environment.md").write_text(
        "# Environment\n\n" + filler + "\n\n" + lead + "\n\n" + "\n".join(items) + "\n", encoding="utf-8")
    run_ingest(settings, embedder)
    bot = Bot(settings, embedder=embedder)
    opening = [p for p in bot.retrieve("interactive prompt EMAIL LOGNAME host name appended")
               if p.doc_id == "environment.md" and p.text.lstrip().startswith(("- the deprecated", lead))]
    assert opening, "the items' passage is retrieved"
    assert opening[0].text.startswith(lead) and all(item[2:] in opening[0].text for item in items)
    source = collapse_whitespace((settings.corpus_dir / "environment.md").read_text(encoding="utf-8"))
    assert collapse_whitespace(opening[0].text) in source          # still the essay's own text, word for word


def test_a_passage_ending_in_a_lead_in_brings_the_table_the_next_chunk_opens_with(settings, embedder):
    """The Open vSwitch FAQ: "The minimum kernel version that supports each tunnel protocol is:" ended one chunk
    and its table opened the next, so a question on Geneve's kernel found the lead-in without the rows."""
    from ingest.pipeline import run_ingest

    filler = " ".join(f"Tunnels of kind {n} were added to the upstream module in stages, each after long review "
                      "on the mailing list." for n in range(1, 6))
    rows = ["GRE | 3.11", "VXLAN | 3.12", "Geneve | 3.18", "ERSPAN | 4.18", "LISP | not upstream",
            "STT | not upstream", "GTP-U | 5.18", "Bareudp | 5.11"]
    (settings.corpus_dir / "tunnels.md").write_text(
        "# Kernel support for tunnels\n\n" + filler + " The minimum kernel version that supports each tunnel "
        "protocol is:\n\n" + "Protocol | Linux Kernel\n" + "\n".join(rows) + "\n\nIf your kernel is older, "
        "build the module that comes with the distribution instead; it carries every tunnel.\n", encoding="utf-8")
    run_ingest(settings, embedder)
    bot = Bot(settings, embedder=embedder)
    passages = [p for p in bot.retrieve("minimum kernel version that supports each tunnel protocol")
                if p.doc_id == "tunnels.md" and "tunnel protocol is:" in p.text]
    assert passages, "the lead-in's passage is retrieved"
    assert all(row in passages[0].text for row in rows)
    assert "If your kernel is older" not in passages[0].text.split("tunnel protocol is:")[1]   # prose stays out
    # still the essay's own text, word for word
    source = collapse_whitespace((settings.corpus_dir / "tunnels.md").read_text(encoding="utf-8"))
    assert collapse_whitespace(passages[0].text) in source
