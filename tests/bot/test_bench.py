"""The benchmark in its quick mode, so that it cannot rot (figures are printed, not asserted)."""
import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def test_bench_quick_mode_prints_every_figure_as_json():
    done = subprocess.run([sys.executable, "-m", "bot.bench", "--chunks", "120", "--queries", "20", "--json"],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    assert result["ingest"]["chunks"] >= 100
    assert {"cold_ingest_chunks_per_s", "raw_embedding_chunks_per_s", "reingest_unchanged_s"} <= set(result["ingest"])
    answering = result["answering"]
    assert {"retrieval_p50_ms", "retrieval_p95_ms", "retrieval_p99_ms", "extractive_answer_p95_ms",
            "ann_top5_agreement_with_exact", "answering_process_peak_rss_mib", "index_size_mib"} <= set(answering)
    # the answering process is measured on its own: it never holds what ingest held
    assert 0 < answering["answering_process_peak_rss_mib"] < result["ingest"]["ingest_process_peak_rss_mib"]
    assert answering["queries"] == 20
    assert result["generation"]["questions"] > 0 and result["generation"]["ttft_p50_ms"] > 0
    versus = result["llamaindex_default"]
    assert {"llamaindex_retrieval_p95_ms", "ours_vs_llamaindex_retrieval_p95", "bundled_hit_at_5_ours",
            "bundled_hit_at_2_llamaindex_default"} <= set(versus)
    assert versus["planted_facts"] >= 20
    for row, k in (("planted_ours_top5", 5), ("planted_llamaindex_default_top2", 2), ("planted_llamaindex_top5", 5)):
        assert 0 <= versus[row][f"hit_at_{k}"] <= 1 and versus[row]["retrieved_tokens_mean"] > 0


def test_planted_facts_sit_once_each_among_the_generated_essays(tmp_path):
    from bot.bench.synthetic import generate_corpus, plant_facts

    facts = plant_facts(generate_corpus(tmp_path, 400, seed=3), 30)
    text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in sorted(tmp_path.glob("*.md")))
    assert len(facts) >= 25 and {f.form for f in facts} == {"by name", "by description", "paraphrase"}
    assert all(text.count(f.sentence) == 1 for f in facts)
    named = [f for f in facts if f.form == "by name"]
    assert all(f.question.split(" the ")[1].split()[0] in f.sentence for f in named)
    # the paraphrase shares the place, not the words of what was done
    assert all(f.question.split()[1] in f.sentence for f in facts if f.form == "paraphrase")


def test_chroma_write_bench_prints_a_row_per_setting(seed_index):
    done = subprocess.run([sys.executable, "-m", "bot.bench.chroma_writes", "--index", str(seed_index.index_dir),
                           "--n", "40"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["variant"] for r in rows][:2] == ["current", "current, no text"]
    assert all(r["vectors"] > 10 and r["vectors_per_s"] > 0 and 0 <= r["top5_agreement"] <= 1 for r in rows)


def test_chroma_write_bench_names_the_fix_for_a_folder_without_an_index(tmp_path):
    done = subprocess.run([sys.executable, "-m", "bot.bench.chroma_writes", "--index", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "python -m ingest" in done.stderr
