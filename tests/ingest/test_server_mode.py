"""Ingest into a real `chroma run` server (BOT_CHROMA_URL)."""
import pytest

from ingest.index import IndexStoreError, open_chroma
from ingest.pipeline import run_ingest
from tests.servers import chroma_server, free_port


def test_ingest_writes_to_the_chroma_server_and_stays_incremental(settings, embedder, tmp_path):
    with chroma_server(tmp_path / "server-data") as url:
        remote = settings.with_(chroma_url=url)
        first = run_ingest(remote, embedder)
        collection = open_chroma(remote.index_dir, url).get_collection("essays")
        assert collection.count() == first.chunks > 0
        assert not (remote.index_dir / "chroma").exists()
        second = run_ingest(remote, embedder)
        assert (second.unchanged, second.embedded) == (1, 0)


def test_an_unreachable_server_is_named_with_the_fix(settings, embedder):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(IndexStoreError, match="chroma run"):
        run_ingest(settings.with_(chroma_url=url), embedder)
