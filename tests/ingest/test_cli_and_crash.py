"""python -m ingest as a user runs it: the JSON contract, errors, and kill -9 in the middle of a run."""
import json
import os
import signal
import subprocess
import sys
import time

from bot.bench.synthetic import generate_corpus
from ingest.index import IndexFolder, in_vector_index, open_chroma
from ingest.pipeline import run_ingest
from tests.ingest.test_pipeline import chroma_state


def ingest_cmd(settings, *args):
    env = {**os.environ, "BOT_CORPUS_DIR": str(settings.corpus_dir), "BOT_INDEX_DIR": str(settings.index_dir)}
    return [sys.executable, "-m", "ingest", *args], env


def test_cli_prints_one_json_object_with_the_contract_keys(settings):
    cmd, env = ingest_cmd(settings, "--json")
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert {k: summary[k] for k in ("files", "added", "updated", "removed", "unchanged")} == \
        {"files": 1, "added": 1, "updated": 0, "removed": 0, "unchanged": 0}
    assert summary["chunks"] > 0 and summary["seconds"] > 0


def test_cli_names_a_missing_corpus_folder_and_the_fix(settings, tmp_path):
    cmd, env = ingest_cmd(settings, "--corpus", str(tmp_path / "nowhere"))
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "does not exist" in done.stderr and "--corpus" in done.stderr
    assert "Traceback" not in done.stderr


def test_kill_9_mid_ingest_keeps_the_old_index_and_a_rerun_equals_a_clean_run(settings, embedder, tmp_path):
    run_ingest(settings, embedder)
    committed = IndexFolder(settings.index_dir).read_manifest()
    generate_corpus(settings.corpus_dir / "generated", 700, seed=11)

    cmd, env = ingest_cmd(settings)
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + 240
        for line in proc.stderr:   # kill it once the first batch is in Chroma and more are coming
            if "embedded 256/" in line or time.monotonic() > deadline:
                break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    # the previous generation is whole and every vector it lists is still there
    folder = IndexFolder(settings.index_dir)
    assert folder.read_manifest() == committed
    in_chroma = {c.id for c in folder.read_chunks() if in_vector_index(c)}
    assert in_chroma and in_chroma <= set(chroma_state(settings))

    resumed = run_ingest(settings, embedder)
    records = sum(not in_vector_index(c) for c in folder.read_chunks())   # kept out of Chroma: embedded again
    assert resumed.embedded < resumed.chunks - 256 + 1 + records   # the killed run's passages were reused

    clean = settings.with_(index_dir=tmp_path / "clean-index")
    run_ingest(clean, embedder)
    assert chroma_state(settings) == chroma_state(clean)
    assert folder.read_chunks() == IndexFolder(clean.index_dir).read_chunks()
    assert folder.read_lexical().ids == IndexFolder(clean.index_dir).read_lexical().ids
    assert open_chroma(settings.index_dir, None).get_collection("essays").count() == resumed.chunks - records
