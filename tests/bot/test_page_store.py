"""The page's conversations and ratings in SQLite, and the feedback export, with real answers from the bot."""
import pytest

from bot.base.records import Answer
from bot.evaluate.__main__ import main as evaluate_main
from bot.evaluate.questions import lint_questions, load_questions
from bot.evaluate.runner import corpus_texts
from bot.page_conversations import conversation_markdown, rated_turn, reopened
from bot.page_store import PageStore, PageStoreError

ANSWERED = "Is China engaged in discussions about the ethics of AI?"
REFUSED = "What is the boiling point of mercury?"


@pytest.fixture(scope="module")
def answers(extractive_bot):
    return {q: extractive_bot.ask(q) for q in (ANSWERED, REFUSED)}


def test_an_answer_survives_storage_whole(answers):
    for answer in answers.values():
        assert Answer.from_json(answer.to_json()) == answer


def test_conversations_are_kept_in_order_per_login_and_never_shown_to_another(tmp_path, answers):
    store = PageStore(tmp_path / "page.sqlite3")
    first = store.add_turn("alice", None, ANSWERED, answers[ANSWERED])
    assert store.add_turn("alice", first, REFUSED, answers[REFUSED]) == first
    other = store.add_turn("bob", None, REFUSED, answers[REFUSED])
    [summary] = store.conversations("alice")
    assert (summary.id, summary.title, summary.turns) == (first, ANSWERED, 2)
    assert [t.question for t in store.turns("alice", first)] == [ANSWERED, REFUSED]
    assert store.turns("alice", first)[0].answer == answers[ANSWERED]
    # bob sees only his own, cannot read, extend or delete alice's
    assert [c.id for c in store.conversations("bob")] == [other]
    assert store.turns("bob", first) == []
    assert store.add_turn("bob", first, ANSWERED, answers[ANSWERED]) not in (first, other)
    assert len(store.turns("alice", first)) == 2
    assert store.delete("bob", first) is False and store.turns("alice", first)
    # a store opened again (the page restarted) holds the same
    assert [c.id for c in PageStore(tmp_path / "page.sqlite3").conversations("alice")] == [first]


def test_a_reopened_conversation_shows_its_answers_and_the_last_ones_sources(tmp_path, answers):
    store = PageStore(tmp_path / "page.sqlite3")
    conversation = store.add_turn("", None, REFUSED, answers[REFUSED])
    store.add_turn("", conversation, ANSWERED, answers[ANSWERED])
    messages, status, sources, copy_md = reopened(store, "", conversation)
    assert [m["role"] for m in messages] == ["user", "assistant"] * 2
    assert messages[2]["content"] == ANSWERED and 'href="#src-1"' in messages[3]["content"]
    assert "ethics of AI" in sources and "<mark>" in sources
    assert copy_md.startswith(f"**Q:** {ANSWERED}")
    assert reopened(store, "someone else", conversation)[0] == []
    exported = conversation_markdown(store.turns("", conversation))
    assert exported.index(REFUSED) < exported.index(ANSWERED) and "[1] [Conclusion]" in exported


def test_deleting_a_conversation_removes_its_turns_and_ratings(tmp_path, answers):
    store = PageStore(tmp_path / "page.sqlite3")
    conversation = store.add_turn("", None, ANSWERED, answers[ANSWERED])
    store.rate("", conversation, 1, "", ANSWERED, answers[ANSWERED], [], {})
    assert store.delete("", conversation) is True
    assert store.conversations("") == [] and store.turns("", conversation) == [] and store.ratings() == []


def test_a_rating_finds_the_answer_the_chat_shows_even_after_a_retry(tmp_path, answers):
    store = PageStore(tmp_path / "page.sqlite3")
    conversation = store.add_turn("", None, REFUSED, answers[REFUSED])
    store.add_turn("", conversation, ANSWERED, answers[ANSWERED])
    store.add_turn("", conversation, ANSWERED, answers[ANSWERED])   # retried: stored twice, shown once
    messages = [{"role": "user", "content": [{"type": "text", "text": REFUSED}]}, {"role": "assistant", "content": "x"},
                {"role": "user", "content": ANSWERED}, {"role": "assistant", "content": "y"}]
    turn, earlier = rated_turn(store, "", conversation, messages, 3)
    assert turn.question == ANSWERED
    assert earlier == [{"role": "user", "content": REFUSED}, {"role": "assistant", "content": answers[REFUSED].text}]
    assert rated_turn(store, "", conversation, messages, 1)[0].question == REFUSED
    assert rated_turn(store, "intruder", conversation, messages, 3) is None


def test_rated_answers_export_as_a_question_set_for_review(tmp_path, answers, seed_index, monkeypatch, capsys):
    store = PageStore(tmp_path / "page.sqlite3")
    conversation = store.add_turn("", None, ANSWERED, answers[ANSWERED])
    rating = store.rate("", conversation, 1, "", ANSWERED, answers[ANSWERED], [], {"mode": "extractive"})
    assert store.comment("", rating, "  quoted the right sentence ") and not store.comment("bob", rating, "spam")
    store.rate("", conversation, -1, "it should have said", REFUSED, answers[REFUSED],
               [{"role": "user", "content": ANSWERED}], {"mode": "extractive"})
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))
    out = tmp_path / "feedback.yaml"
    assert evaluate_main(["feedback", "--export", str(out)]) == 0
    assert "2 rated question(s) written" in capsys.readouterr().out
    up, down = load_questions(out)
    assert (up.question, up.answerable, set(up.tags)) == (ANSWERED, True, {"feedback", "rated-up", "extractive"})
    assert up.gold_quotes and all(q in answers[ANSWERED].text for q in up.gold_quotes)
    assert (down.question, down.answerable, down.history) == (REFUSED, True, ({"role": "user", "content": ANSWERED},))
    text = out.read_text()
    assert "quoted the right sentence" in text and "it should have said" in text
    # the linter names what the reviewer must still add, and nothing else
    problems = lint_questions([up, down], corpus_texts(seed_index.corpus_dir))
    assert problems == ["fb-0001: an answerable question needs gold_quotes and key_facts",
                        "fb-0002: an answerable question needs gold_quotes and key_facts"]


def test_feedback_export_without_a_store_says_where_it_looked(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "nowhere"))
    assert evaluate_main(["feedback", "--export", str(tmp_path / "f.yaml")]) == 2
    assert "rate answers on the page first" in capsys.readouterr().err


def test_a_store_that_cannot_be_written_names_the_setting(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(PageStoreError, match="BOT_DATA_DIR"):
        PageStore(tmp_path / "file" / "page.sqlite3")
    (tmp_path / "broken.sqlite3").write_bytes(b"not sqlite" * 100)
    with pytest.raises(PageStoreError, match="broken.sqlite3"):   # an error, never a silent empty store
        PageStore(tmp_path / "broken.sqlite3")


def test_the_list_shows_the_latest_conversations_only(tmp_path, answers):
    store = PageStore(tmp_path / "page.sqlite3")
    made = [store.add_turn("", None, f"{ANSWERED} ({n})", answers[ANSWERED]) for n in range(5)]
    assert [c.id for c in store.conversations("", limit=3)] == made[::-1][:3]
