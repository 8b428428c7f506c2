"""Answering in worker processes: the same answers as in-process, errors carried over, workers replaced."""
import os
import signal
import time

import pytest

from bot.answer_processes import AnswerProcessError, AnswerProcesses
from bot.base.records import Answer
from bot.question import QuestionError

QUESTION = "What can policymakers in Europe learn from China's use of AI in public services?"


@pytest.fixture(scope="module")
def processes(seed_index):
    answerer = AnswerProcesses(seed_index, 2)
    try:
        yield answerer
    finally:
        answerer.close()


def last(items) -> Answer:
    items = list(items)
    assert isinstance(items[-1], Answer) and all(isinstance(i, str) for i in items[:-1])
    return items[-1]


def test_answers_from_a_worker_match_the_in_process_answer(processes, extractive_bot):
    here = extractive_bot.ask(QUESTION)
    there = last(processes.stream(QUESTION))
    assert there.text == here.text and there.citations == here.citations
    assert [p.chunk_id for p in there.passages] == [p.chunk_id for p in here.passages]
    assert [d.doc_id for d in processes.documents()] == [d.doc_id for d in extractive_bot.documents()]


def test_a_bad_question_raises_the_bots_own_error_in_the_page(processes):
    with pytest.raises(QuestionError, match="empty"):
        list(processes.stream("   "))
    assert last(processes.stream(QUESTION)).citations   # the worker is still in service


def test_an_abandoned_answer_does_not_leak_into_the_next_one(processes):
    first = processes.stream(QUESTION)
    next(first)   # the visitor left after the first piece
    first.close()
    other = "Is China engaged in discussions about the ethics of AI?"
    answers = [last(processes.stream(other)) for _ in range(3)]   # every worker, whichever is free
    assert all(a.query == other for a in answers)


def test_a_killed_worker_is_reported_and_replaced(processes):
    victim = next(iter(processes._workers.values()))
    os.kill(victim.pid, signal.SIGKILL)
    victim.join(timeout=10)
    outcomes = []
    for _ in range(2):   # one of the two questions meets the dead worker, whichever is taken first
        try:
            outcomes.append(last(processes.stream(QUESTION)).query)
        except AnswerProcessError as exc:
            outcomes.append(str(exc))
    assert QUESTION in outcomes
    deadline = time.monotonic() + 120
    while len(processes._workers) < 2 or processes._idle.qsize() < 2:
        assert time.monotonic() < deadline, "no replacement worker started"
        time.sleep(0.5)
    assert all(last(processes.stream(QUESTION)).query == QUESTION for _ in range(3))


def test_an_answer_process_searches_vectors_another_process_added_after_it_started(tmp_path, seed_index, embedder):
    """An essay ingested while the worker runs, asked in words it does not use: only the dense search (Chroma)
    can find it, and it must search the vectors as they are now."""
    import shutil

    from ingest.pipeline import run_ingest

    settings = seed_index.with_(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    shutil.copytree(seed_index.corpus_dir, settings.corpus_dir)
    shutil.copytree(seed_index.index_dir, settings.index_dir)
    question = "What echo-sounding instruments measure water levels in that Gansu city?"
    answerer = AnswerProcesses(settings, 1)
    try:
        before = last(answerer.stream(question))
        assert all(p.doc_id != "sensors.txt" for p in before.passages)
        (settings.corpus_dir / "sensors.txt").write_text(
            "The Lanzhou flood board replaced its river gauges with 340 ultrasonic sensors in 2019.")
        run_ingest(settings, embedder)   # this process writes; the worker opened the index before
        after = last(answerer.stream(question))
        assert "sensors.txt" in {p.doc_id for p in after.passages}
    finally:
        answerer.close()
