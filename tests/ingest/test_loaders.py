from pathlib import Path

import pytest

from ingest.clean import clean_pages
from ingest.loaders import CorpusFile, LoadError, discover, load_file
from tests.ingest.files import ARTICLE_PARAGRAPHS, PDF_PAGES, write_html_article, write_pdf


def corpus_file(path: Path, kind: str) -> CorpusFile:
    return CorpusFile(path.name, path, kind)


def test_html_keeps_the_article_and_drops_navigation_scripts_and_footer(tmp_path):
    loaded = load_file(corpus_file(write_html_article(tmp_path / "a.html"), "html"))
    doc = clean_pages(list(loaded.pages), markdown=loaded.markdown)
    for paragraph in ARTICLE_PARAGRAPHS:
        assert paragraph in doc.text
    for chrome in ("Home", "Reports", "cookies", "Registered charity", "tracker", "Privacy policy"):
        assert chrome not in doc.text
    assert loaded.title == "City Brain in Hangzhou"


def test_markdown_reads_as_its_reader_sees_it_without_marks_or_link_targets(tmp_path):
    path = tmp_path / "solver.md"
    path.write_text("# External solvers\n\n**Solver**: an *external* component, see [the protocol](./doc/edsp.md).\n\n"
                    "* set `max_loop` in apt_conf\n", encoding="utf-8")
    doc = clean_pages(list(load_file(corpus_file(path, "markdown")).pages), markdown=True)
    assert "Solver: an external component, see the protocol." in doc.text
    assert "set max_loop in apt_conf" in doc.text
    assert [s.heading for s in doc.sections] == ["External solvers"]


def test_pdf_text_keeps_its_page_numbers(tmp_path):
    loaded = load_file(corpus_file(write_pdf(tmp_path / "a.pdf"), "pdf"))
    doc = clean_pages(list(loaded.pages))
    by_page = {s.page: " ".join(doc.text[s.start:s.end].split()) for s in doc.sections}
    assert by_page[1] == PDF_PAGES[0] and by_page[2] == PDF_PAGES[1]
    assert loaded.title == "Courts and data"


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n\t\n", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ("latin1.txt", "Caf\u00e9 society".encode("latin-1"), "UTF-8"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "PDF"),
    ("scripts.html", b"<html><head><script>var a = 1;</script></head><body><script>b()</script></body></html>",
     "no article text"),
])
def test_unusable_files_raise_a_load_error_that_says_why(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    kind = {"txt": "text", "md": "markdown", "pdf": "pdf", "html": "html"}[name.rsplit(".", 1)[1]]
    with pytest.raises(LoadError, match=message):
        load_file(corpus_file(path, kind))


def test_encrypted_pdf_asks_for_a_copy_without_password(tmp_path):
    path = write_pdf(tmp_path / "locked.pdf", password="secret")
    with pytest.raises(LoadError, match="encrypted"):
        load_file(corpus_file(path, "pdf"))


def test_discover_finds_supported_files_recursively_and_explains_the_rest(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub" / "b.md").write_text("x")
    (tmp_path / "notes.docx").write_text("x")
    (tmp_path / "catalog.yaml").write_text("{}")
    outside = tmp_path.parent / "outside.txt"
    outside.write_text("secret")
    (tmp_path / "link.txt").symlink_to(outside)
    files, passed_over = discover(tmp_path)
    assert [f.doc_id for f in files] == ["a.txt", "sub/b.md"]
    reasons = dict(passed_over)
    assert "unsupported file type .docx" in reasons["notes.docx"]
    assert "outside the corpus" in reasons["link.txt"]


def _page(body: str, head: str = "") -> str:
    return (f"<html><head>{head}<title>Tips</title></head><body><h1>Tips</h1>"
            + "".join(f"<p>{body} Paragraph {n} says more about backups and tapes.</p>" for n in range(3))
            + "</body></html>")


def test_a_page_is_read_as_a_browser_reads_it_whatever_bytes_it_holds(tmp_path):
    """Bacula's UTF-8 pages hold a few Latin-1 no-break spaces in their navigation: they were skipped whole."""
    stray = _page("Label the tape before the first backup.", '<meta charset="utf-8">').encode("utf-8")
    stray = stray.replace(b"<h1>Tips</h1>", b"<h1>Tips</h1><p>Previous \xa0 Next</p>")
    latin = _page("Caf\u00e9 society keeps its tapes na\u00efvely.").encode("latin-1")   # no charset declared
    cyrillic = _page("\u041a\u043e\u043f\u0438\u044f \u0434\u0430\u043d\u043d\u044b\u0445 \u043d\u0430 \u043b\u0435\u043d\u0442\u0435.",
                     '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">').encode("koi8-r")
    for name, data, said in [("stray.html", stray, "Label the tape before the first backup."),
                             ("latin.html", latin, "Caf\u00e9 society keeps its tapes na\u00efvely."),
                             ("cyrillic.html", cyrillic, "\u041a\u043e\u043f\u0438\u044f \u0434\u0430\u043d\u043d\u044b\u0445")]:
        (tmp_path / name).write_bytes(data)
        loaded = load_file(corpus_file(tmp_path / name, "html"))
        assert said in loaded.pages[0][1], name


def _cover_pdf(path: Path, lines: list[tuple[int, str]]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()      # no document information title, as LaTeX's hyperref leaves it by default
    pdf.add_page()
    for size, text in lines:
        pdf.set_font("Helvetica", size=size)
        pdf.multi_cell(0, size * 0.6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, PDF_PAGES[0])
    pdf.output(str(path))
    return path


def test_a_pdf_without_a_title_in_its_information_is_titled_by_its_cover(tmp_path):
    """Bacula's PDFs have an empty Title field: the cover's date or a row of example output became the title."""
    cover = [(28, "The Leading Open Source Backup Solution"), (24, "Bacula Miscellaneous Guide"),
             (11, "Kern Sibbald"), (11, "February 6, 2023"),
             (11, "This manual documents Bacula version 9.6.7, released in December 2020, and its tools.")]
    named = load_file(corpus_file(_cover_pdf(tmp_path / "misc.pdf", cover), "pdf"))
    assert named.title == "Bacula Miscellaneous Guide"           # the large print the file's name refers to
    unnamed = load_file(corpus_file(_cover_pdf(tmp_path / "handbook-7.pdf", cover), "pdf"))
    assert unnamed.title == "The Leading Open Source Backup Solution"   # else the largest
    plain = load_file(corpus_file(_cover_pdf(tmp_path / "notes.pdf", [(11, "February 6, 2023"),
                                                                      (11, PDF_PAGES[1])]), "pdf"))
    assert plain.title is None                                   # nothing stands out: the text's headings decide
