"""The generative path against a real OpenAI-compatible server (llama.cpp) on loopback, and its faults."""
import time

import pytest

from bot import Answer, Bot
from bot.base.net import free_port
from bot.citations import check_citations
from bot.generative import ChatModel
from tests.servers import faulty_http_server, llama_server, scripted_model_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def llama_url(tmp_path_factory):
    with llama_server(tmp_path_factory.mktemp("llama")) as url:
        yield url


def generative_settings(seed_index, url: str, **changes):
    values = {"model": "gemma-3-270m", "openai_base_url": url, "context_tokens": 1200, "max_answer_tokens": 48,
              "request_timeout_s": 120.0, **changes}
    return seed_index.with_(**values)


@pytest.fixture(scope="module")
def generative_bot(seed_index, embedder, llama_url):
    return Bot(generative_settings(seed_index, llama_url), embedder=embedder)


def test_the_answer_streams_in_pieces_and_ends_with_a_checked_answer(generative_bot):
    items = list(generative_bot.stream("Is China engaged in discussions about the ethics of AI?"))
    answer = items[-1]
    assert isinstance(answer, Answer) and answer.mode == "generative" and answer.model == "gemma-3-270m"
    assert answer.notice is None
    assert len(items) > 3   # token by token, not one block
    assert answer.timings["first_token_ms"] < answer.timings["answer_ms"]
    numbers = {p.n for p in answer.passages}
    for citation in answer.citations:
        assert citation.n in numbers
        assert citation.quote in next(p.text for p in answer.passages if p.n == citation.n)


def test_citations_are_parsed_and_checked_from_a_real_response(generative_bot, llama_url, seed_index):
    passages = generative_bot.retrieve("ethics of AI")
    model = ChatModel(generative_settings(seed_index, llama_url))
    raw = model.complete([{"role": "user", "content":
                           "Repeat exactly: China is engaged in discussions about the ethics of AI [1]. "
                           "Bananas are blue [2]. Europe can help [9]."}])
    checked = check_citations(raw, passages)
    assert "[9]" not in checked.text
    for citation in checked.citations:
        assert citation.quote in passages[citation.n - 1].text


def test_a_streamed_answer_s_citations_are_checked_against_their_passages(seed_index, embedder):
    """A scripted model, so that the words are known: one supported claim, one unsupported, one impossible."""
    question = "Is China engaged in discussions about the ethics of AI?"
    written = "China is engaged in discussions about the ethics of AI [1]. Bananas are blue [2]. Europe can help [9]."
    with scripted_model_server(written) as (url, _):
        answer = Bot(generative_settings(seed_index, url, model="scripted"), embedder=embedder).ask(question)
    assert answer.mode == "generative" and "[9]" not in answer.text
    assert [c.n for c in answer.citations] == [1]
    assert "discussions about the ethics of AI" in answer.citations[0].quote
    assert answer.unsupported_sentences == ("Bananas are blue.", "Europe can help.")


def test_a_follow_up_is_condensed_by_the_model_and_the_model_answers_the_condensed_question(seed_index, embedder):
    asked = "Is China engaged in discussions about the ethics of AI?"
    condensed = "Why is China engaged in discussions about the ethics of AI?"
    history = [{"role": "user", "content": asked}, {"role": "assistant", "content": "Yes [1]."}]
    with scripted_model_server(condensed, "It wants a say in global AI governance [1].") as (url, received):
        answer = Bot(generative_settings(seed_index, url, model="scripted"), embedder=embedder).ask(
            "Why?", history=history)
    condense_prompt, answer_prompt = (request["messages"][-1]["content"] for request in received)
    assert f"user: {asked}" in condense_prompt and "Last question: Why?" in condense_prompt
    assert answer.mode == "generative" and answer.query == condensed
    assert f"Question: {condensed}" in answer_prompt   # the model is asked what the reader meant
    assert any("ethics of AI" in p.text for p in answer.passages)


@pytest.mark.parametrize("behaviour,says", [("status:500", "HTTP 500"), ("status:429", "HTTP 429"),
                                            ("status:404", "HTTP 404"), ("hang", "did not answer within"),
                                            ("cut", "cut off")])
def test_endpoint_faults_fall_back_to_extractive_and_say_so(seed_index, embedder, behaviour, says):
    with faulty_http_server(behaviour) as url:
        bot = Bot(generative_settings(seed_index, url, request_timeout_s=3.0), embedder=embedder)
        started = time.monotonic()
        answer = bot.ask("Is China engaged in discussions about the ethics of AI?")
    assert time.monotonic() - started < 20
    assert answer.mode == "extractive" and not answer.refused and answer.citations
    assert answer.notice and says in answer.notice and "extracted from the essays instead" in answer.notice


def test_an_endpoint_that_is_down_falls_back_with_the_fix(seed_index, embedder):
    bot = Bot(generative_settings(seed_index, f"http://127.0.0.1:{free_port()}/v1"), embedder=embedder)
    answer = bot.ask("Is China engaged in discussions about the ethics of AI?")
    assert answer.mode == "extractive" and "cannot reach the model" in answer.notice
    assert "OPENAI_BASE_URL" in answer.notice


QUESTION = "Is China engaged in discussions about the ethics of AI?"


def test_each_sentence_carries_its_verdict_and_strict_mode_leaves_out_the_unsupported(seed_index, embedder):
    written = ("China is engaged in discussions about the ethics of AI [1]. "
               "China is not engaged in discussions about the ethics of AI [1].")
    for strict in (False, True):
        with scripted_model_server(written) as (url, _):
            answer = Bot(generative_settings(seed_index, url, model="scripted", strict=strict),
                         embedder=embedder).ask(QUESTION)
        assert [v.status for v in answer.verdicts] == ["supported", "contradicted"]
        assert "the answer says 'is not engaged in" in answer.verdicts[1].reason
        assert ("not engaged" in answer.text) is not strict
        assert (answer.notice or "").startswith("1 sentence(s) left out") is strict


def test_the_model_judges_what_the_rules_leave_open(seed_index, embedder):
    written = "Beijing's officials care about machine ethics [1]."   # other words: the rules find it not stated
    with scripted_model_server(written, "supported") as (url, received):
        answer = Bot(generative_settings(seed_index, url, model="scripted", verify="model"),
                     embedder=embedder).ask(QUESTION)
    [verdict] = answer.verdicts
    assert verdict.status == "supported" and verdict.reason.startswith("the model judged it supported")
    assert [c.n for c in answer.citations] == [1] and answer.unsupported_sentences == ()
    verify_prompt = received[1]["messages"][0]["content"]
    assert "Sentence: Beijing's officials care about machine ethics." in verify_prompt and "<passage>" in verify_prompt


@pytest.mark.parametrize("second_opinion", ["I cannot tell", None], ids=["unreadable", "model-down"])
def test_without_a_usable_model_verdict_the_rules_verdict_stands(seed_index, embedder, second_opinion):
    from bot.base.records import Verdict
    from bot.prompts import load_prompt
    from bot.verify import judge_with_model

    passages = Bot(seed_index, embedder=embedder).retrieve(QUESTION)
    open_question = Verdict("Beijing's officials care about machine ethics.", "not_stated", "rules", "", 1)
    prompt = load_prompt(seed_index.prompts_dir, "verify")
    server = scripted_model_server(second_opinion) if second_opinion else faulty_http_server("status:500")
    with server as served:
        url = served[0] if second_opinion else served
        chat = ChatModel(generative_settings(seed_index, url, model="scripted", request_timeout_s=5.0))
        assert judge_with_model(chat, prompt, [open_question], passages) == (open_question,)


def test_the_model_check_speaks_the_protocol_with_llama_cpp(llama_url, seed_index, embedder):
    from bot.base.records import Verdict
    from bot.prompts import load_prompt
    from bot.verify import judge_with_model

    passages = Bot(seed_index, embedder=embedder).retrieve(QUESTION)
    open_question = Verdict("Beijing's officials care about machine ethics.", "not_stated", "rules", "", 1)
    chat = ChatModel(generative_settings(seed_index, llama_url))
    [judged] = judge_with_model(chat, load_prompt(seed_index.prompts_dir, "verify"), [open_question], passages)
    # a 270M base model: the protocol is what is tested; its verdict, when it gives one, is taken and said so
    assert judged == open_question or judged.reason.startswith("the model judged it")
