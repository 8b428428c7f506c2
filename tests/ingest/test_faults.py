"""Ingest under bad files and storage faults: report, skip, and never damage the previous index."""
import os
import subprocess
import sys

import pytest

from bot.bench.synthetic import generate_corpus
from ingest import pipeline
from ingest.index import IndexFolder, IndexStoreError, in_vector_index
from ingest.pipeline import run_ingest
from tests.ingest.test_pipeline import chroma_state
from tests.mounts import make_read_only, small_filesystem


def test_a_50_mb_text_file_is_skipped_with_the_limit_named(settings, embedder):
    with open(settings.corpus_dir / "dump.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    summary = run_ingest(settings, embedder)
    [skipped] = summary.skipped
    assert skipped.file == "dump.txt" and "limit" in skipped.reason and "50 MiB" in skipped.reason
    assert summary.files == 1


def test_a_file_that_disappears_during_ingest_is_skipped(settings, embedder, monkeypatch):
    (settings.corpus_dir / "vanishing.md").write_text("# Gone\n\nThis essay is deleted mid-run.\n")
    real_discover = pipeline.discover

    def discover_then_delete(corpus_dir):
        found = real_discover(corpus_dir)
        (corpus_dir / "vanishing.md").unlink()
        return found
    monkeypatch.setattr(pipeline, "discover", discover_then_delete)
    summary = run_ingest(settings, embedder)
    assert [s.file for s in summary.skipped] == ["vanishing.md"]
    assert summary.files == 1 and summary.added == 1


def test_a_link_leading_outside_the_corpus_is_not_followed(settings, embedder, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("The admin password is hunter2.")
    (settings.corpus_dir / "innocent.txt").symlink_to(secret)
    summary = run_ingest(settings, embedder)
    assert [s.file for s in summary.skipped] == ["innocent.txt"]
    assert all("hunter2" not in text for text, _ in chroma_state(settings).values())


def test_a_corrupted_index_file_names_the_fix_and_rebuild_repairs_it(settings, embedder):
    run_ingest(settings, embedder)
    chunks_file = IndexFolder(settings.index_dir).current_path() / "chunks.jsonl"
    chunks_file.write_text("{not json\n")
    with pytest.raises(IndexStoreError, match="--rebuild"):
        run_ingest(settings, embedder)
    assert run_ingest(settings, embedder, rebuild=True).chunks > 0
    assert IndexFolder(settings.index_dir).read_chunks()


def test_a_full_disk_mid_ingest_says_so_and_keeps_the_previous_index(settings, embedder, tmp_path):
    with small_filesystem(tmp_path / "small", "2m") as mount:
        small = settings.with_(index_dir=mount / "index")
        run_ingest(small, embedder)
        before = chroma_state(small)
        generate_corpus(settings.corpus_dir / "generated", 1500, seed=5)
        with pytest.raises(IndexStoreError, match="full"):
            run_ingest(small, embedder)
        manifest = IndexFolder(small.index_dir).read_manifest()
        assert list(manifest.files) == ["000_2b8d790fec33eaad.txt"]
        assert {c.id for c in IndexFolder(small.index_dir).read_chunks() if in_vector_index(c)} <= set(chroma_state(small))
        assert set(before) <= set(chroma_state(small))


def test_a_read_only_index_folder_gets_a_clear_message(settings, embedder, tmp_path):
    with small_filesystem(tmp_path / "ro", "64m") as mount:
        ro = settings.with_(index_dir=mount / "index")
        # built by another process, so that no open file of ours keeps the mount busy
        env = {**os.environ, "BOT_CORPUS_DIR": str(ro.corpus_dir), "BOT_INDEX_DIR": str(ro.index_dir)}
        subprocess.run([sys.executable, "-m", "ingest"], env=env, check=True, capture_output=True, timeout=300)
        (settings.corpus_dir / "new.md").write_text("# New\n\nA new essay arrives.\n")
        make_read_only(mount)
        with pytest.raises(IndexStoreError, match="read-only"):
            run_ingest(ro, embedder)
        asked = subprocess.run([sys.executable, "-m", "bot", "ask", "Is China discussing AI ethics?"], env=env,
                               capture_output=True, text=True, timeout=300)
        assert asked.returncode == 2 and "read-only" in asked.stderr and "BOT_INDEX_DIR" in asked.stderr
        assert "Traceback" not in asked.stderr
