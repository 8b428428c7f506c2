"""Essays added from the page: names never become paths, content is checked as ingest reads it."""
import pytest

from bot.page_essays import EssayShelf, upload_cache, upload_report
from bot.page_uploads import check_upload, remove_upload, safe_name, save_uploads, uploaded
from tests.ingest.files import write_html_article, write_pdf


@pytest.mark.parametrize("sent, kept", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\windows\\evil name<script>.PDF", "evil-name-script.pdf"),
    (".hidden.md", "hidden.md"),
    ("", "essay"),
    ("report 2020 (final).html", "report-2020-final.html"),
    ("/abs/path/x.txt\x00.pdf", "x.txt.pdf"),
])
def test_a_sent_name_becomes_a_plain_base_name(sent, kept):
    assert safe_name(sent) == kept
    assert "/" not in safe_name(sent) and not safe_name(sent).startswith(".")


def test_files_are_checked_by_content_as_well_as_name(tmp_path):
    pdf = write_pdf(tmp_path / "a.pdf").read_bytes()
    html = write_html_article(tmp_path / "a.html").read_bytes()
    assert check_upload("a.pdf", pdf) is None and check_upload("a.html", html) is None
    assert check_upload("notes.txt", b"Plain notes on AI in courts.") is None
    assert "not a PDF" in check_upload("fake.pdf", b"<html><body>hello</body></html>")
    assert "is a PDF file, not .txt" in check_upload("renamed.txt", pdf)
    assert "binary" in check_upload("blob.md", b"\x00\x01\x02 not text" * 10)
    assert "unsupported file type .exe" in check_upload("tool.exe", b"MZ\x90\x00")
    assert "no article text" in check_upload("script.html", b"<html><head><script>var a = 1;</script></head><body></body></html>")
    assert "empty" in check_upload("empty.txt", b"  \n")
    assert "over the 20 MiB limit" in check_upload("big.txt", b"a" * (20 * 2**20 + 1))


def test_saved_uploads_never_overwrite_and_only_they_can_be_removed(tmp_path):
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    cache.mkdir()
    (corpus / "essay.txt").write_text("An essay the server's owner put here.")
    one, two = cache / "one.txt", cache / "two.txt"
    one.write_text("First essay about courts.")
    two.write_text("Second essay about hospitals.")
    first = save_uploads(corpus, [("notes.txt", one)])
    again = save_uploads(corpus, [("notes.txt", one), ("notes.txt", two), ("bad.exe", two)])
    assert first.added == ["uploads/notes.txt"]
    assert again.added == ["uploads/notes.txt", "uploads/notes-2.txt"]   # same bytes: the same essay
    assert again.refused == [("bad.exe", "unsupported file type .exe; supported: .htm, .html, .markdown, .md, "
                                          ".pdf, .rst, .txt")]
    assert uploaded(corpus) == ["uploads/notes-2.txt", "uploads/notes.txt"]
    assert (corpus / "uploads" / "notes-2.txt").read_text() == "Second essay about hospitals."
    for not_an_upload in ("essay.txt", "uploads/../essay.txt", "../corpus/essay.txt", "uploads/missing.txt"):
        assert remove_upload(corpus, not_an_upload) is False
    assert (corpus / "essay.txt").exists()
    assert remove_upload(corpus, "uploads/notes.txt") is True and uploaded(corpus) == ["uploads/notes-2.txt"]


def test_the_shelf_reads_uploads_only_from_gradios_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    outside = tmp_path / "secret.txt"
    outside.write_text("A file elsewhere on the server.")
    from bot.base.settings import Settings

    shelf = EssayShelf(Settings.from_env(environ={}, corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index"))
    outcome, summary = shelf.add([str(outside)])
    assert outcome.added == [] and summary is None
    assert outcome.refused == [("secret.txt", "not a file this page received; upload it again")]
    assert upload_cache() == str((tmp_path / "gradio").resolve())
    report = upload_report(outcome, summary)
    assert "Not added" in report and "secret" in report


@pytest.mark.parametrize("host, auth, setting, allowed", [
    ("127.0.0.1", None, None, True), ("0.0.0.0", None, None, False), ("0.0.0.0", "a:b", None, True),
    ("0.0.0.0", None, "on", True), ("127.0.0.1", None, "off", False)])
def test_uploads_are_on_for_loopback_or_a_login_unless_set(host, auth, setting, allowed):
    from bot.base.settings import Settings

    environ = {k: v for k, v in (("BOT_AUTH", auth), ("BOT_UPLOADS", setting)) if v}
    assert Settings.from_env(environ=environ).uploads_allowed(host) is allowed
