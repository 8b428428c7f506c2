import json
import subprocess
import sys

from tests.servers import bot_env


def run_bot(seed_index, *args, stdin: str | None = None):
    env = bot_env(seed_index.corpus_dir, seed_index.index_dir)
    return subprocess.run([sys.executable, "-m", "bot", *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=300)


def test_ask_json_prints_one_answer_per_line_for_questions_from_stdin(seed_index):
    done = run_bot(seed_index, "ask", "-", "--json",
                   stdin="Does China discuss the ethics of AI?\nWho won the 2018 FIFA World Cup?\n")
    assert done.returncode == 0, done.stderr
    first, second = [json.loads(line) for line in done.stdout.splitlines()]
    assert not first["refused"] and first["citations"][0]["quote"]
    assert second["refused"] and second["question"] == "Who won the 2018 FIFA World Cup?"


def test_ask_prints_a_readable_answer_with_its_sources(seed_index):
    done = run_bot(seed_index, "ask", "What could regulatory sandboxes be used for?")
    assert done.returncode == 0, done.stderr
    assert "[1]" in done.stdout and "Conclusion - Hessy Elliott" in done.stdout
    assert "extracted from the essays" in done.stdout


def test_an_empty_question_is_an_error_message_not_a_traceback(seed_index):
    done = run_bot(seed_index, "ask", " ")
    assert done.returncode == 1 and "empty" in done.stderr and "Traceback" not in done.stderr
