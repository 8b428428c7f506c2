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
            "ann_top5_agreement_with_exact", "peak_rss_mib", "index_size_mib"} <= set(answering)
    assert answering["queries"] == 20
    assert result["generation"]["questions"] > 0 and result["generation"]["ttft_p50_ms"] > 0
    assert {"llamaindex_retrieval_p95_ms", "bundled_hit_at_5_ours", "bundled_hit_at_2_llamaindex_default"} <= \
        set(result["llamaindex_default"])
