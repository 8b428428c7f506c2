"""Each metric on hand-made cases, including the awkward ones."""
from bot.base.settings import REPO_ROOT
from bot.evaluate import metrics as m
from bot.evaluate.questions import Question, lint_questions, load_questions
from bot.evaluate.runner import QuestionScore, aggregate

GOLD = ["ethics of AI"]


def test_rank_hit_and_reciprocal_rank_follow_the_first_gold_passage():
    texts = ["nothing here", "China discusses the ethics of AI.", "ethics of AI again"]
    assert m.first_gold_rank(texts, GOLD) == 2
    assert m.first_gold_rank(["nothing"], GOLD) is None


def test_ndcg_counts_a_duplicated_chunk_once():
    once = m.ndcg_at_k(["x", "the ethics of AI"], GOLD, 5)
    twice = m.ndcg_at_k(["x", "the ethics of AI", "the ethics of AI"], GOLD, 5)
    assert twice == once and 0 < once < 1
    assert m.ndcg_at_k(["the ethics of AI"], GOLD, 5) == 1.0


def test_key_facts_accept_any_phrasing_and_typographic_quotes():
    facts = [["levelling-up", "levelling up"], ["citizens' rights"]]
    answer = "It matches the UK\u2019s levelling up plans and protects citizens\u2019 rights."
    assert m.key_fact_recall(answer, facts, refused=False) == 1.0
    assert m.key_fact_recall("Only levelling-up.", facts, refused=False) == 0.5
    assert m.key_fact_recall(answer, facts, refused=True) == 0.0


def test_citation_to_a_passage_that_does_not_exist_lowers_precision_not_recall():
    passages = {1: "China is engaged in discussions about the ethics of AI."}
    supported, statements, relevant, total = m.citation_scores(
        "China is engaged in discussions about the ethics of AI [1][9].", passages)
    assert (supported, statements) == (1, 1)
    assert (relevant, total) == (1, 2)


def test_an_unsupported_statement_lowers_recall_and_its_citation_is_irrelevant():
    passages = {1: "China is engaged in discussions about the ethics of AI.", 2: "Sandboxes foster innovation."}
    supported, statements, relevant, total = m.citation_scores(
        "China discusses the ethics of AI [1]. France won the World Cup [2].", passages)
    assert (supported, statements, relevant, total) == (1, 2, 1, 2)


def test_a_redundant_second_citation_is_still_relevant_when_it_alone_supports():
    passages = {1: "China discusses the ethics of AI.", 2: "China discusses the ethics of AI too."}
    assert m.citation_scores("China discusses the ethics of AI [1][2].", passages) == (1, 1, 2, 2)


def test_a_generative_reversal_the_rules_pass_scores_as_an_unsupported_statement():
    # the same check the bot runs by default: the rules pass it (no negation word), the entailment model does not
    passages = {1: "New Debian users should note that the 'man' pages of many general system commands are not "
                   "available until they install these packages: man-db and manpages."}
    reversal = "The man pages of general system commands are available to new Debian users without installing them"
    assert m.citation_scores(f"{reversal} [1].", passages) == (0, 1, 0, 1)
    faithful = "For new Debian users, the man pages of many system commands are not available until man-db and manpages are installed"
    assert m.citation_scores(f"{faithful} [1].", passages) == (1, 1, 1, 1)


def test_quotes_must_be_verbatim_in_the_corpus():
    corpus = ["China\u2019s  approach\nworks."]
    assert m.quote_is_exact("China\u2019s approach works.", corpus)
    assert not m.quote_is_exact("China's approach works.", corpus)   # the quote changed a character


def score(id, answerable, refused, rank=None, facts=(0, 0), latency=100.0):
    return QuestionScore(id=id, question=id, tags=(), answerable=answerable, refused=refused, first_gold_rank=rank,
                         ndcg=1.0 if rank else 0.0, facts_found=facts[0], facts_total=facts[1], statements=1,
                         supported_statements=1, citations=1, relevant_citations=1, quotes=1, exact_quotes=1,
                         latency_ms=latency, answer="")


def test_refusals_are_scored_as_a_confusion_matrix_and_balanced_accuracy():
    scores = [score("a1", True, False, 1, (1, 1)), score("a2", True, True, 1, (0, 1)),
              score("u1", False, True), score("u2", False, False)]
    agg = aggregate(scores, k=5)
    assert agg["refusal_accuracy"].value == 0.5        # (1/2 correct refusals + 1/2 answered) / 2
    assert agg["false_refusal_rate"].value == 0.5
    assert agg["unanswerable_answered_rate"].value == 0.5
    assert m.refusal_confusion([(s.answerable, s.refused) for s in scores]) == {
        "unanswerable_refused": 1, "unanswerable_answered": 1, "answerable_refused": 1, "answerable_answered": 1}
    assert score("u1", False, True).failure == "" and score("u2", False, False).failure == "wrong refusal"


def test_unanswerable_questions_are_left_out_of_retrieval_metrics():
    scores = [score("a1", True, False, 1, (1, 1)), score("u1", False, True), score("u2", False, True)]
    agg = aggregate(scores, k=5)
    assert agg["hit_at_k"].value == 1.0 and agg["hit_at_k"].n == 1
    assert agg["key_fact_recall"].n == 1


def test_every_aggregate_has_its_n_and_an_interval_around_its_value():
    scores = [score(f"q{i}", True, False, rank=(1 if i % 3 else None), facts=(i % 2, 1), latency=50.0 + i)
              for i in range(30)] + [score("u1", False, True, latency=50.0), score("u2", False, False, latency=50.0)]
    for name, agg in aggregate(scores, k=5).items():
        assert agg.n > 0, name
        if agg.ci:
            assert agg.ci[0] <= agg.value <= agg.ci[1], name
    assert aggregate(scores, k=5)["latency_p95_ms"].value == 78.0


def test_linter_flags_missing_gold_quotes_and_duplicate_ids():
    corpus = {"a.txt": "China is engaged in discussions about the ethics of AI."}
    questions = [Question("q1", "?", True, (("ethics",),), ("discussions about the ethics",)),
                 Question("q1", "?", True, (("x",),), ("a quote nobody wrote",)),
                 Question("q3", "?", False, (), ("stray",))]
    problems = lint_questions(questions, corpus)
    assert any("duplicate id" in p for p in problems)
    assert any("not found in the corpus" in p and "nobody wrote" in p for p in problems)
    assert any(p.startswith("q3") for p in problems)


def test_the_committed_question_set_lints_clean_and_has_the_required_kinds():
    from bot.evaluate.runner import corpus_texts

    questions = load_questions(REPO_ROOT / "evals" / "questions.yaml")
    assert lint_questions(questions, corpus_texts(REPO_ROOT / "corpus")) == []
    assert len(questions) >= 40 and sum(not q.answerable for q in questions) >= 10
    tags = {t for q in questions for t in q.tags}
    assert {"factoid", "list", "why", "paraphrase", "metadata", "follow-up", "near-topic", "off-topic"} <= tags
    assert all(q.history for q in questions if "follow-up" in q.tags)


def test_a_claim_set_too_small_for_a_five_sentence_answer_is_reported_without_a_check_time():
    from bot.evaluate.claims import format_summary, summarize
    records = [{"id": f"c{i}", "corpus": "faq", "kind": "negation", "faithful": i % 2 == 0, "claim": "x",
                "source_found": True, "accepted": i % 2 == 0, "status": "supported", "reason": "r", "evidence": "e",
                "check_ms": 1.0, "passage": "p"} for i in range(3)]
    summary = summarize(records) | {"check": {"answers": 0, "p50_ms": None, "p95_ms": None,
                                              "with_entailment_p50_ms": None, "with_entailment_p95_ms": None}}
    text = format_summary(summary, [])
    assert "distortions accepted" in text and "check time" not in text
