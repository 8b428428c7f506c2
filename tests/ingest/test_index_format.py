"""Index files written by earlier versions still read: an upgrade never strands an index."""
from bot.base.records import DocumentMeta
from ingest.index import Manifest, chunk_from_json, chunk_to_json


def test_chunks_written_with_flat_metadata_read_into_one_record():
    flat = {"id": "x-00000", "doc_id": "a.md", "ordinal": 0, "text": "t", "start": 0, "end": 1, "title": "T",
            "authors": ["A. Writer"], "url": None, "date": "2020", "collection": None, "section": None,
            "page": None, "file_key": "k", "publisher": "Nesta"}
    chunk = chunk_from_json(flat)
    assert chunk.meta == DocumentMeta(title="T", authors=("A. Writer",), date="2020", publisher="Nesta")
    assert chunk_from_json(chunk_to_json(chunk)) == chunk


def test_a_manifest_whose_files_listed_titles_still_reads():
    raw = {"generation": 3, "embedding_model": "all-MiniLM-L6-v2", "dimension": 384, "pipeline": "p",
           "files": {"a.md": {"doc_id": "a.md", "file_key": "k", "sha256": "s", "title": "T", "authors": ["A"],
                              "chunk_ids": ["x-00000"]}}}
    manifest = Manifest.from_json(raw)
    assert manifest.files["a.md"].chunk_ids == ("x-00000",)
    assert manifest.embedding_precision == "fp32"   # written before precision was recorded
    assert Manifest.from_json(manifest.to_json()) == manifest
