"""The harness end to end: the bundled set in extractive mode against the committed baseline."""
import json
import subprocess
import sys

import pytest
import yaml

from bot.base.settings import REPO_ROOT
from bot.evaluate.__main__ import evaluate
from tests.servers import bot_env, llama_server

QUESTIONS = REPO_ROOT / "evals" / "questions.yaml"
BASELINE = REPO_ROOT / "evals" / "baseline"
GUARDED = ("hit_at_k", "mrr", "key_fact_recall", "citation_precision", "citation_recall",
           "citation_quote_exact", "refusal_accuracy")


@pytest.fixture(scope="module")
def extractive_run(tmp_path_factory, seed_index):
    """`python -m bot.evaluate ... --json` as a user runs it, on a copy of the bundled corpus."""
    out = tmp_path_factory.mktemp("eval")
    env = bot_env(seed_index.corpus_dir, seed_index.index_dir)
    done = subprocess.run([sys.executable, "-m", "bot.evaluate", "--questions", str(QUESTIONS), "--corpus",
                           str(seed_index.corpus_dir), "--out", str(out), "--k", "5", "--json"],
                          env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    metrics = json.loads(done.stdout)
    config = json.loads((out / "run.jsonl").read_text().splitlines()[0])
    return out, config, metrics


def test_extractive_mode_meets_the_targets(extractive_run):
    _, config, metrics = extractive_run
    assert config["mode"] == "extractive" and metrics["n_questions"] >= 40
    assert metrics["hit_at_k"]["value"] >= 0.95
    assert metrics["key_fact_recall"]["value"] >= 0.8
    assert metrics["citation_quote_exact"]["value"] == 1.0
    assert metrics["refusal_accuracy"]["value"] >= 0.9


def test_extractive_mode_does_not_fall_below_the_committed_baseline(extractive_run):
    _, _, metrics = extractive_run
    baseline = json.loads((BASELINE / "metrics.json").read_text())
    for name in GUARDED:
        allowed = baseline[name]["ci"][0] if baseline[name]["ci"] else baseline[name]["value"]
        assert metrics[name]["value"] >= allowed - 1e-9, \
            f"{name} fell to {metrics[name]['value']} (baseline {baseline[name]['value']}, interval {baseline[name]['ci']})"


def test_the_run_is_stored_and_reported(extractive_run):
    out, _, metrics = extractive_run
    lines = (out / "run.jsonl").read_text().splitlines()
    config = json.loads(lines[0])
    assert config["type"] == "config" and config["corpus_hash"] and set(config["prompts"]) >= {"answer_system"}
    assert len(lines) == metrics["n_questions"] + 1
    report = (out / "report.md").read_text()
    assert "## By tag" in report and "## Extractive refusal threshold" in report and "| n01 |" in report
    html = (out / "report.html").read_text()
    assert html.count("data:image/png;base64,") == 3


def test_compare_cli_shows_deltas_and_flips_between_runs(extractive_run):
    out, _, _ = extractive_run
    done = subprocess.run([sys.executable, "-m", "bot.evaluate", "compare", str(BASELINE), str(out), "--json"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["questions_compared"] >= 40
    assert set(result["metrics"]) >= {"hit_at_k", "key_fact_recall", "refusal_correct"}
    assert isinstance(result["flipped"], list)


@pytest.mark.slow
def test_the_harness_runs_through_the_generative_path(tmp_path, seed_index, embedder):
    questions = yaml.safe_load(QUESTIONS.read_text())["questions"]
    subset = [q for q in questions if q["id"] in ("f02", "l02", "w03", "m01", "u02b", "n01", "n08")]
    small = tmp_path / "questions.yaml"
    small.write_text(yaml.safe_dump({"questions": subset}))
    with llama_server(tmp_path) as url:
        settings = seed_index.with_(model="gemma-3-270m", openai_base_url=url, context_tokens=1200,
                                    max_answer_tokens=48, request_timeout_s=120.0)
        config, metrics = evaluate(settings, small, tmp_path / "out", k=5, embedder=embedder)
    assert config["mode"] == "generative" and config["model"] == "gemma-3-270m"
    assert metrics["n_questions"] == len(subset)
    assert metrics["hit_at_k"]["n"] == 5 and metrics["refusal_accuracy"]["n"] == len(subset)


def test_a_tag_and_one_retriever_alone_can_be_measured(tmp_path, seed_index):
    """`--tag metadata --retriever bm25`: only those questions, ranked by BM25 alone, said in the config."""
    env = bot_env(seed_index.corpus_dir, seed_index.index_dir)
    done = subprocess.run([sys.executable, "-m", "bot.evaluate", "--questions", str(QUESTIONS), "--corpus",
                           str(seed_index.corpus_dir), "--out", str(tmp_path), "--tag", "metadata",
                           "--retriever", "bm25", "--json"], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    tagged = [q for q in yaml.safe_load(QUESTIONS.read_text())["questions"] if "metadata" in q.get("tags", [])]
    assert json.loads(done.stdout)["n_questions"] == len(tagged) == 3
    config = json.loads((tmp_path / "run.jsonl").read_text().splitlines()[0])
    assert config["retriever"] == "bm25" and config["embedding_precision"] in ("bf16", "fp32")
    refused = subprocess.run([sys.executable, "-m", "bot.evaluate", "--questions", str(QUESTIONS), "--corpus",
                              str(seed_index.corpus_dir), "--out", str(tmp_path / "none"), "--tag", "no-such-tag"],
                             env=env, capture_output=True, text=True, timeout=600)
    assert refused.returncode != 0 and "no-such-tag" in refused.stderr
