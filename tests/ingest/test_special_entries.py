"""Whatever a directory can hold in the corpus folder: looping, dangling and folder links, pipes, sockets,
devices and folders that cannot be listed are reported by name and the rest ingests; nothing stalls."""
import errno
import os
import socket
import stat
import threading

import pytest

from ingest import pipeline
from ingest.index import IndexFolder
from ingest.loaders import CorpusFile, LoadError, load_file
from ingest.pipeline import run_ingest

SEED_FILE = "000_2b8d790fec33eaad.txt"


def finishes_within(seconds, call, fifo=None):
    """call()'s result, failing the test if it has not returned in time; a reader stuck on fifo is let go."""
    outcome = {}

    def target():
        try:
            outcome["value"] = call()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's own thread
            outcome["error"] = exc
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        if fifo is not None:  # a writer that opens and closes gives the stuck reader its end of file
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail(f"still running after {seconds} s: blocked on a special file?")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def reasons(summary):
    return {s.file: s.reason for s in summary.skipped}


def assert_seed_ingested(summary, settings, files=1):
    assert summary.files == files and summary.chunks > 0
    assert SEED_FILE in IndexFolder(settings.index_dir).read_manifest().files


def test_two_links_pointing_at_each_other_are_skipped_and_the_rest_ingests(settings, embedder):
    (settings.corpus_dir / "a.txt").symlink_to("b.txt")
    (settings.corpus_dir / "b.txt").symlink_to("a.txt")
    summary = run_ingest(settings, embedder)
    assert reasons(summary) == {"a.txt": "a link that loops back on itself; replace it with the file",
                                "b.txt": "a link that loops back on itself; replace it with the file"}
    assert_seed_ingested(summary, settings)


def test_a_link_to_itself_is_skipped(settings, embedder):
    (settings.corpus_dir / "self.md").symlink_to("self.md")
    summary = run_ingest(settings, embedder)
    assert "loops back on itself" in reasons(summary)["self.md"]
    assert_seed_ingested(summary, settings)


def test_a_link_to_a_missing_file_is_skipped(settings, embedder):
    (settings.corpus_dir / "gone.txt").symlink_to("deleted-essay.txt")
    summary = run_ingest(settings, embedder)
    assert reasons(summary) == {"gone.txt": "a link to a file that does not exist; fix or remove the link"}
    assert_seed_ingested(summary, settings)


def test_a_named_pipe_does_not_stall_ingest_and_is_reported(settings, embedder):
    fifo = settings.corpus_dir / "x.txt"
    os.mkfifo(fifo)
    summary = finishes_within(60, lambda: run_ingest(settings, embedder), fifo)
    assert reasons(summary) == {"x.txt": "a named pipe, not a file; remove it from the corpus folder"}
    assert_seed_ingested(summary, settings)


def test_a_file_swapped_for_a_pipe_after_discovery_is_skipped_without_stalling(settings, embedder, monkeypatch):
    late = settings.corpus_dir / "late.txt"
    late.write_text("An essay that becomes a pipe.\n")
    real_discover = pipeline.discover

    def discover_then_swap(corpus_dir):
        found = real_discover(corpus_dir)
        late.unlink()
        os.mkfifo(late)
        return found
    monkeypatch.setattr(pipeline, "discover", discover_then_swap)
    summary = finishes_within(60, lambda: run_ingest(settings, embedder), late)
    assert "named pipe" in reasons(summary)["late.txt"]
    assert_seed_ingested(summary, settings)


def test_load_file_refuses_a_pipe_at_once(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    with pytest.raises(LoadError, match="a named pipe, not a file"):
        finishes_within(10, lambda: load_file(CorpusFile("x.txt", fifo, "text")), fifo)


def test_a_unix_socket_is_reported(settings, embedder, monkeypatch):
    with socket.socket(socket.AF_UNIX) as sock, monkeypatch.context() as local:
        local.chdir(settings.corpus_dir)  # a relative address: socket paths are limited to 108 bytes
        sock.bind("s.md")
        summary = finishes_within(60, lambda: run_ingest(settings, embedder))
    assert reasons(summary) == {"s.md": "a socket, not a file; remove it from the corpus folder"}
    assert_seed_ingested(summary, settings)


def test_a_link_to_a_device_points_outside_and_is_not_followed(settings, embedder):
    (settings.corpus_dir / "zero.txt").symlink_to("/dev/zero")
    summary = finishes_within(60, lambda: run_ingest(settings, embedder))
    assert reasons(summary) == {"zero.txt": "a link pointing outside the corpus folder; copy the file in instead"}
    assert_seed_ingested(summary, settings)


def test_a_device_inside_the_corpus_is_reported(settings, embedder):
    try:
        os.mknod(settings.corpus_dir / "null.txt", stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device needs CAP_MKNOD")
    summary = finishes_within(60, lambda: run_ingest(settings, embedder))
    assert reasons(summary) == {"null.txt": "a character device, not a file; remove it from the corpus folder"}
    assert_seed_ingested(summary, settings)


def test_folder_links_back_to_the_corpus_are_not_walked_twice(settings, embedder):
    sub = settings.corpus_dir / "sub"
    sub.mkdir()
    (sub / "inner.md").write_text("# Inner\n\nAn essay in a sub-folder.\n")
    (sub / "up").symlink_to("..")
    (settings.corpus_dir / "mirror").symlink_to("sub")
    summary = finishes_within(60, lambda: run_ingest(settings, embedder))
    assert set(reasons(summary)) == {"sub/up", "mirror"}
    assert "folder already in the corpus" in reasons(summary)["mirror"]
    assert sorted(IndexFolder(settings.index_dir).read_manifest().files) == [SEED_FILE, "sub/inner.md"]
    assert_seed_ingested(summary, settings, files=2)


def test_a_link_to_a_file_inside_the_corpus_is_read_under_its_own_name(settings, embedder):
    (settings.corpus_dir / "alias.txt").symlink_to(SEED_FILE)
    summary = run_ingest(settings, embedder)
    assert summary.skipped == []
    assert sorted(IndexFolder(settings.index_dir).read_manifest().files) == [SEED_FILE, "alias.txt"]
    assert_seed_ingested(summary, settings, files=2)


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_ingests(settings, embedder, monkeypatch):
    locked = settings.corpus_dir / "locked"
    locked.mkdir()
    (locked / "essay.md").write_text("# Locked\n\nAn essay nobody may list.\n")
    # root (these tests often run as root) lists a chmod 000 folder anyway, so os.scandir refuses this one.
    real_scandir = os.scandir

    def scandir(path="."):
        if path == locked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)
    monkeypatch.setattr(os, "scandir", scandir)
    summary = run_ingest(settings, embedder)
    assert reasons(summary) == {"locked": "a folder that cannot be listed (Permission denied); "
                                          "make it readable or move it out of the corpus folder"}
    assert_seed_ingested(summary, settings)
