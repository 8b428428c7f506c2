"""Ingest into a real `chroma run` server (BOT_CHROMA_URL), and several processes sharing it."""
import json
import subprocess
import sys
import threading
from contextlib import ExitStack

import pytest

from bot.base.net import free_port
from ingest.index import IndexStoreError, open_chroma
from ingest.pipeline import run_ingest
from tests.servers import bot_env, chroma_server, running


def test_ingest_writes_to_the_chroma_server_and_stays_incremental(settings, embedder, tmp_path):
    with chroma_server(tmp_path / "server-data") as url:
        remote = settings.with_(chroma_url=url)
        first = run_ingest(remote, embedder)
        collection = open_chroma(remote.index_dir, url).get_collection("essays")
        assert collection.count() == first.chunks - first.files > 0   # every passage; records are kept apart
        assert not (remote.index_dir / "chroma").exists()
        second = run_ingest(remote, embedder)
        assert (second.unchanged, second.embedded) == (1, 0)


def test_an_unreachable_server_is_named_with_the_fix(settings, embedder):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(IndexStoreError, match="chroma run"):
        run_ingest(settings.with_(chroma_url=url), embedder)


GUIYANG = ("# Guiyang's data exchange\n\nGuiyang built a provincial big data exchange where hospitals trade "
           "anonymised health records with insurers and research institutes.\n")


def page_env(settings, url):
    return bot_env(settings.corpus_dir, settings.index_dir, BOT_CHROMA_URL=url)


@pytest.mark.slow
def test_two_pages_answer_what_a_separate_ingest_adds_while_they_keep_answering(settings, embedder, tmp_path):
    from gradio_client import Client

    with chroma_server(tmp_path / "server-data") as url:
        shared = settings.with_(chroma_url=url)
        run_ingest(shared, embedder)
        ports = [free_port(), free_port()]
        with ExitStack() as stack:
            for port in ports:
                stack.enter_context(running([sys.executable, "-m", "bot", "--port", str(port)],
                                            f"http://127.0.0.1:{port}/", 300, tmp_path / f"page-{port}.log",
                                            page_env(shared, url)))
            clients = [Client(f"http://127.0.0.1:{port}/", verbose=False) for port in ports]
            errors, answered, stop = [], [], threading.Event()

            def keep_asking(client):
                while not stop.is_set():
                    try:
                        md, *_ = client.predict("Is China engaged in discussions about the ethics of AI?", [],
                                                api_name="/chat")
                        (answered if "ethics" in md else errors).append(md)
                    except Exception as exc:  # counted, not raised: the assertion below reports them
                        errors.append(repr(exc))
            readers = [threading.Thread(target=keep_asking, args=(c,)) for c in clients]
            for t in readers:
                t.start()
            (shared.corpus_dir / "guiyang.md").write_text(GUIYANG, encoding="utf-8")
            done = subprocess.run([sys.executable, "-m", "ingest", "--json"], env=page_env(shared, url),
                                  capture_output=True, text=True, timeout=300)
            stop.set()
            for t in readers:
                t.join(timeout=120)
            assert done.returncode == 0, done.stderr
            assert json.loads(done.stdout)["added"] == 1
            assert errors == [] and len(answered) >= 2
            for client in clients:
                md, _, sources, _ = client.predict("What did Guiyang build for health records?", [], api_name="/chat")
                assert "guiyang.md" in sources and "big data exchange" in md
