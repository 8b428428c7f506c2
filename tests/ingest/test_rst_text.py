"""reStructuredText files (.rst, or .txt written in it) read as their rendered page, not as raw markup."""
from pathlib import Path

import pytest

from ingest import loaders
from ingest.clean import clean_pages
from ingest.loaders import CorpusFile, LoadError, discover, load_file
from ingest.rst_text import RestructuredTextError, looks_like_restructuredtext

# the shape of Mercurial's help topics, shipped as .txt: no document title, sections, a definition list, roles,
# double back-quoted literals and a literal block after "::"
HELP_TOPIC = """\
Mercurial supports generating standalone "bundle" files. Example commands using bundles are
:hg:`bundle` and :hg:`unbundle`.

Available Types
===============

``v1``
  Produces a legacy "changegroup" version 1 bundle.

``v2``
  Produces a version 2 bundle.

To make your commits secret by default, put this in your configuration file::

  [phases]
  new-commit = secret

.. bundlecompressionmarker

.. note::

   ``v1`` bundles can only use the ``gzip``, ``bzip2``, and ``none`` compression formats.
"""


def _cleaned(tmp_path: Path, name: str, text: str, kind: str = "text"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded = load_file(CorpusFile(name, path, kind))
    return loaded, clean_pages(list(loaded.pages), markdown=loaded.markdown, keep_repeats=loaded.keeps_repeats)


def test_a_text_file_written_in_restructuredtext_reads_without_its_markup(tmp_path):
    loaded, doc = _cleaned(tmp_path, "bundlespec.txt", HELP_TOPIC)
    paragraphs = [" ".join(p.split()) for p in doc.text.split("\n\n")]
    assert "Example commands using bundles are bundle and unbundle." in doc.text
    assert "v1 bundles can only use the gzip, bzip2, and none compression formats." in doc.text
    assert not any(mark in doc.text for mark in ("``", ":hg:", "::", "..", "bundlecompressionmarker"))
    # a definition's term stands apart from its definition, and a literal block keeps its lines
    assert any(p.endswith("v1") for p in paragraphs) and "v1 Produces" not in doc.text
    assert "[phases]\nnew-commit = secret" in doc.text
    assert "Available Types" in [s.heading for s in doc.sections]
    # a help topic's first section heading names a section, not the file: the file is called by its name
    assert loaded.title == "bundlespec"


def test_an_rst_file_is_read_as_restructuredtext_and_titled_by_its_own_title(tmp_path):
    files, passed_over = discover(_write(tmp_path / "corpus" / "guide.rst", "=====\nGuide\n=====\n\nUse ``make``.\n"))
    assert [(f.doc_id, f.kind) for f in files] == [("guide.rst", "restructuredtext")] and not passed_over
    loaded = load_file(files[0])
    assert loaded.title == "Guide"
    assert "Use make." in loaded.pages[0][1]


def test_prose_quoting_one_literal_stays_plain_text(tmp_path):
    essay = "The city brain, in ``smart city`` jargon, routes ambulances.\n\nIts data: see the annex.\n"
    assert not looks_like_restructuredtext(essay)
    loaded, doc = _cleaned(tmp_path, "essay.txt", essay)
    assert loaded.pages[0][1] == essay and loaded.title is None


def test_a_restructuredtext_file_cannot_pull_in_another_file_or_raw_markup(tmp_path):
    secret = _write(tmp_path / "secret.txt", "root:x:0:0:the-secret-line\n")
    attack = (f"Heading\n=======\n\nSome ``text`` before.\n\n.. include:: {secret}\n\n"
              f".. raw:: html\n\n   <script>alert('essay')</script>\n\n"
              f".. unknown-directive:: whatever\n\nStill read after it::\n\n   a literal line\n")
    loaded, doc = _cleaned(tmp_path, "attack.rst", attack, kind="restructuredtext")
    for leaked in ("the-secret-line", "<script", "alert("):
        assert leaked not in doc.text
    assert "Some text before." in doc.text and "a literal line" in doc.text


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path.parent if path.suffix == ".rst" else path


def test_a_file_docutils_cannot_render_is_reported_or_read_as_plain_text(tmp_path, monkeypatch):
    def fails(text):
        raise RestructuredTextError("RecursionError: maximum recursion depth exceeded")
    monkeypatch.setattr(loaders, "restructuredtext_html", fails)   # docutils copes with all we could write
    text = "Title\n=====\n\nSome ``text``::\n\n  code\n\n.. note:: a note\n"
    (tmp_path / "bad.rst").write_text(text, encoding="utf-8")
    with pytest.raises(LoadError, match="RecursionError.*save the file as .txt"):
        load_file(CorpusFile("bad.rst", tmp_path / "bad.rst", "restructuredtext"))
    loaded, doc = _cleaned(tmp_path, "bad.txt", text)
    assert "Some ``text``::" in doc.text     # a .txt file is kept, as the plain text it also is
