"""Embedding at the precision the processor runs well, and ingest progress a reader can act on."""
import json
import subprocess

import numpy as np
import pytest

from bot.base.settings import Settings, SettingsError
from ingest.embedder import Embedder, EmbedderError, cpu_runs_bf16, resolve_precision
from ingest.index import IndexFolder
from ingest.pipeline import ensure_index, run_ingest
from ingest.progress import RateReporter, progress_line
from tests.ingest.test_cli_and_crash import ingest_cmd

PASSAGES = ["Hangzhou's City Brain connected traffic lights to cameras so that ambulances arrive sooner.",
            "Debian 3.1 Sarge shipped a new modular installer with automatic hardware detection.",
            "The essays ask which accountability structures keep algorithmic decisions open."] * 4


def test_auto_precision_follows_the_processor_flags(tmp_path):
    with_bf16, without = tmp_path / "bf16", tmp_path / "plain"
    with_bf16.write_text("processor : 0\nflags : fpu sse2 avx2 avx512f avx512_bf16\n")
    without.write_text("processor : 0\nflags : fpu sse2 avx2 avx512f\n")
    assert cpu_runs_bf16(with_bf16) and not cpu_runs_bf16(without) and not cpu_runs_bf16(tmp_path / "missing")
    assert resolve_precision("auto", with_bf16) == "bf16" and resolve_precision("auto", without) == "fp32"
    assert resolve_precision("fp32", with_bf16) == "fp32" and resolve_precision("bf16", without) == "bf16"
    with pytest.raises(EmbedderError, match="not one of"):
        resolve_precision("fp8")
    with pytest.raises(SettingsError, match="BOT_EMBED_PRECISION"):
        Settings.from_env({"BOT_EMBED_PRECISION": "half"})


def test_bf16_vectors_point_where_fp32_ones_do():
    fp32, bf16 = Embedder(precision="fp32"), Embedder(precision="bf16")
    a, b = fp32.embed(PASSAGES), bf16.embed(PASSAGES)
    assert a.dtype == b.dtype == np.float32
    assert np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-5)
    assert float((a * b).sum(axis=1).min()) > 0.999
    # the nearest passage to a question is the same either way
    question = "What did the new Debian installer detect?"
    assert int(np.argmax(a @ fp32.embed_query(question))) == int(np.argmax(b @ bf16.embed_query(question))) == 1


def test_the_manifest_records_the_precision_and_the_summary_where_time_went(settings):
    summary = run_ingest(settings, Embedder(settings.embedding_model, "fp32"))
    assert IndexFolder(settings.index_dir).read_manifest().embedding_precision == "fp32"
    assert summary.precision == "fp32"
    assert {"discover files", "load and extract", "clean", "split and count tokens", "embed",
            "write the generation"} <= set(summary.stages)
    assert sum(summary.stages.values()) <= summary.seconds
    assert summary.stages["embed"] > 0


def test_a_log_gets_rate_and_time_left_not_a_line_per_batch():
    lines, now = [], [0.0]
    report = RateReporter(lines.append, clock=lambda: now[0], every_s=10)
    for done, t in [(0, 0), (256, 5), (512, 10), (768, 15), (1000, 19)]:
        now[0] = t
        report(done, 1000)
    assert lines == ["embedded 0/1,000 passages", "embedded 256/1,000 passages, 51.2/s, 0 min 14 s left",
                     "embedded 768/1,000 passages, 51.2/s, 0 min 4 s left", "embedded 1,000/1,000 passages, 52.6/s"]
    assert progress_line(100, 29141, 2.0) == "embedded 100/29,141 passages, 50.0/s, 9 min 40 s left"


def test_cli_profile_prints_the_stage_breakdown_and_the_raw_rate(settings):
    cmd, env = ingest_cmd(settings, "--json", "--profile")
    done = subprocess.run(cmd, env={**env, "BOT_EMBED_PRECISION": "bf16"}, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["precision"] == "bf16" and out["profile"]["precision"] == "bf16"
    assert out["profile"]["raw_passages_per_s"] > 0 and 0 < out["profile"]["ingest_vs_raw"]
    assert "embed" in out["stages"]
    assert "12/12 passages, " in done.stderr and "/s" in done.stderr   # the progress lines a log gets
    text = subprocess.run(ingest_cmd(settings, "--profile", "--rebuild")[0], env=env, capture_output=True,
                          text=True, timeout=300)
    assert "where the time went" in text.stdout and "(not in any stage)" in text.stdout
    assert "ingest / raw" in text.stdout


def test_the_ingest_a_page_runs_at_start_logs_its_progress(settings, embedder):
    lines: list[str] = []
    ensure_index(settings, embedder, log=lines.append)
    assert lines[0].startswith("index: embedded 0/")
    assert any(line.startswith("index: embedded ") and "/s" in line for line in lines)
    assert lines[-1].startswith("index: 1 essays")
