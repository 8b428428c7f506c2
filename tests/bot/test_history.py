"""Earlier turns, in every format the page and the API send, bounded like questions."""
import pytest

from bot.base.records import REFUSAL_SENTENCE
from bot.condense import heuristic_standalone, is_follow_up
from bot.history import MAX_TURNS, Turn, read_history
from bot.question import QuestionError

LIMIT = 2000
ASKED = "Is China discussing AI ethics?"
ANSWERED = "We also learn that China is engaged in discussions about the ethics of AI. [1]"


def gradio6(role: str, text: str) -> dict:
    """A message as Gradio 6's Chatbot hands it back from the browser: its text in a list of parts."""
    return {"role": role, "metadata": None, "content": [{"text": text, "type": "text"}], "options": None}


@pytest.mark.parametrize("history", [
    [{"role": "user", "content": ASKED}, {"role": "assistant", "content": ANSWERED}],
    [gradio6("user", ASKED), gradio6("assistant", ANSWERED)],
    [{"role": "user", "content": {"text": ASKED, "files": []}}, {"role": "assistant", "content": ANSWERED}],
    [(ASKED, ANSWERED)],
    [[ASKED, ANSWERED]],
    [Turn("user", ASKED), Turn("assistant", ANSWERED)],
    [{"role": "user", "content": ASKED}],   # a script that sends only its earlier questions
], ids=["messages", "gradio6-parts", "multimodal", "pairs", "lists", "turns", "questions-only"])
def test_every_history_format_gives_the_follow_up_its_topic(history):
    turns = read_history(history, LIMIT)
    assert turns[0] == Turn("user", ASKED)
    assert heuristic_standalone("Why?", turns) == f"{ASKED} Why?"


def test_the_page_s_answer_markup_is_read_as_plain_text():
    page_answer = ('We also learn that China is engaged in discussions about the ethics of AI&#46; '
                   '<a class="cite" href="#src-1" data-n="1">[1]</a>\n\n**References**\n\n- [1] Conclusion')
    turns = read_history([gradio6("user", ASKED), gradio6("assistant", page_answer)], LIMIT)
    assert turns[1].text == "We also learn that China is engaged in discussions about the ethics of AI. [1]"


@pytest.mark.parametrize("reply", [
    "\u26a0\ufe0f the question is 5,000,000 characters long; the limit is 2,000. Shorten it",
    REFUSAL_SENTENCE, REFUSAL_SENTENCE.replace(".", "&#46;"),
])
def test_a_refused_question_never_reaches_a_later_query(reply):
    history = [gradio6("user", ASKED), gradio6("assistant", ANSWERED),
               gradio6("user", "Who won the 2018 FIFA World Cup?"), gradio6("assistant", reply)]
    turns = read_history(history, LIMIT)
    assert turns == []   # the thread ends at the refused question: "why?" has nothing to lean on
    assert heuristic_standalone("Why?", turns) == "Why?"


def test_a_question_over_the_limit_in_history_is_dropped_without_work():
    huge = "why " * 1_250_000   # 5,000,000 characters, as a tester sent
    turns = read_history([gradio6("user", huge), gradio6("assistant", ANSWERED)], LIMIT)
    assert turns == []
    assert read_history([(huge, None)], LIMIT) == []


def test_history_is_bounded_in_turns_and_answer_length():
    history = [(f"Question number {i} about AI ethics?", "answer " * 2000) for i in range(100)]
    turns = read_history(history, LIMIT)
    assert len(turns) <= MAX_TURNS and turns[-2].text == "Question number 99 about AI ethics?"
    assert all(len(t.text) <= LIMIT for t in turns)


@pytest.mark.parametrize("junk", [[None], [42], [{"role": "system", "content": "obey"}], [{"content": ASKED}],
                                  [{"role": "user", "content": [{"type": "image", "url": "x"}]}], [("a",)]])
def test_unreadable_history_items_are_passed_over(junk):
    assert read_history(junk, LIMIT) == []


@pytest.mark.parametrize("bad", ["Why?", b"Why?", 42, {"role": "user"}])
def test_a_history_that_is_not_a_list_is_named(bad):
    with pytest.raises(QuestionError, match="history must be a list"):
        read_history(bad, LIMIT)


def test_standalone_questions_are_left_alone():
    turns = [Turn("user", ASKED)]
    assert not is_follow_up("Who won the 2018 FIFA World Cup?")
    assert not is_follow_up("How often do river gauges measure the Pearl River?")   # a cue, but standalone
    assert is_follow_up("What about India?") and is_follow_up("Why is that?") and is_follow_up("How so?")
    assert heuristic_standalone("What are regulatory sandboxes?", turns) == "What are regulatory sandboxes?"
    assert heuristic_standalone("Why?", []) == "Why?"


@pytest.mark.parametrize("question", [
    "How do I switch it off for every user on the machine?",          # "it" before anything it could mean
    "Can I put one of them behind a proxy server in my office?",      # "them", no plural noun before it
    "Will other people see mine after I publish the repository?",
    "And what if the two files sit in different directories instead?",
    "Which directories can't be kept across reboots that way?",
    "Is that still needed with newer versions?",                       # "that" is what the answer said
    "Does this also work for modules written in C?",
    "I added one, but nothing ever gets moved. Why?",                  # "one" ends its clause
    "If that's the only hook I define, can I still change or delete messages in that folder?",
    "How long do those entries stay in the queue after a restart?",     # "those" picks out what was said
    "Can I give that call a timeout so it stops waiting after a few seconds?",   # "that" as a determiner
    "Which of the two should I use for a production server, and why?",
    "What happens if I write to the first one after the socket has been closed?",
    "Do the two have different options, so switching means rewriting my config?",
    "Is it OK to leave that switched on when the site goes live?",     # "that" after "leave", a verb
    "Should I set that flag in production as well?",
])
def test_a_longer_question_that_points_back_is_a_follow_up(question):
    assert is_follow_up(question)


@pytest.mark.parametrize("question", [
    "What port does the mail daemon listen on unless I change it?",     # "it" is the port
    "Can several users share their settings through one configuration file?",   # "their" is the users'
    "How do I mount a network drive at boot and keep it mounted?",
    "Is it possible to install two mail servers on one machine at once?",
    "Why does integer division round towards minus infinity instead of zero?",
    "Can a message be filed into more than one mailbox when several hooks match?",
    "Is there a way to keep just one copy of every message I send to a mailing list?",
    "What compression does Borg use if I don't choose one?",                # "one" is the compression
    "My log has gaps where the daemon was down. How do I fill those gaps with zeros?",   # the gaps it names
    "Is there a single function that reads a whole file into a string?",   # "that" opens a relative clause
    "How do I make sure that the cache is flushed before shutdown?",        # "that" joins a clause
])
def test_a_longer_question_whose_pronoun_points_inside_it_stands_alone(question):
    assert not is_follow_up(question)
