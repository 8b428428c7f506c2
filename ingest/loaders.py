"""Read corpus files (.txt, .md, .html/.htm, .pdf) into raw page texts, with well-kept readers.

The corpus folder may hold anything a directory can: links that loop or dangle, links to folders above
themselves, named pipes, sockets, devices, folders that cannot be listed. Each is reported by name with the
fix, and none can stall or crash ingest: the walk looks at every entry with lstat before following it, and
a file is opened without blocking and read only once fstat says it is a regular file.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import html
import io
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.html_text import block_text, html_text, plain_markdown
from ingest.pdf_text import cover_title, pdf_pages_text
from ingest.rst_text import RestructuredTextError, looks_like_restructuredtext, restructuredtext_html

SUPPORTED_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".rst": "restructuredtext",
                      ".html": "html", ".htm": "html", ".pdf": "pdf"}
# the encoding a page declares: <meta charset="koi8-r">, <meta http-equiv=... content="text/html; charset=...">,
# <?xml ... encoding="..."?>
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)""",
                               re.I)
# labels that pages put on what is UTF-8 as often as not (Vim's help pages declare ISO-8859-1 and are UTF-8):
# read as UTF-8, any byte outside it as Windows-1252, as browsers read "iso-8859-1"
_WESTERN = {"ascii", "latin_1", "iso8859_1", "cp1252", "utf_8"}
_STRAY_BYTE = "essay-bot-cp1252"   # the codecs error handler that reads a byte outside UTF-8 as Windows-1252
MAX_FILE_BYTES = 20 * 1024 * 1024   # an essay is far smaller; a bigger file is probably a data dump


class LoadError(Exception):
    """A corpus file cannot be read; the message says what is wrong and how to fix it."""


@dataclass(frozen=True)
class CorpusFile:
    doc_id: str        # path relative to the corpus folder, with forward slashes
    path: Path
    kind: str          # text | markdown | restructuredtext | html | pdf


@dataclass(frozen=True)
class LoadedFile:
    file: CorpusFile
    sha256: str
    pages: tuple[tuple[int | None, str], ...]   # (page number, text); page is None except for PDFs
    markdown: bool                              # the text carries Markdown headings
    title: str | None = None                    # a title the file itself declares (HTML <title>, PDF info)
    authors: tuple[str, ...] = ()               # authors it declares (HTML meta tags and author fields, PDF info)
    date: str | None = None                     # a date it declares (never one guessed from its text)
    site: str | None = None                     # the site or manual it names as its own (an HTML <title>'s tail)
    # written as it stands, not scraped (Markdown): what it says again (the same example for CommonJS after
    # ES modules, one parameter list for several methods) is its own, not a page's doubled menu
    keeps_repeats: bool = False


LINK_OUTSIDE = "a link pointing outside the corpus folder; copy the file in instead"
LINK_LOOP = "a link that loops back on itself; replace it with the file"
LINK_DANGLING = "a link to a file that does not exist; fix or remove the link"
LINK_TO_FOLDER_READ = "a link to a folder already in the corpus; its files are read once, under their own path"


def discover(corpus_dir: Path) -> tuple[list[CorpusFile], list[tuple[str, str]]]:
    """Every supported file under corpus_dir, sorted; plus (doc id, reason) for entries passed over."""
    root = os.path.realpath(corpus_dir)
    files: list[CorpusFile] = []
    passed_over: list[tuple[str, str]] = []
    walked: set[tuple[int, int]] = set()               # (st_dev, st_ino) of every folder listed
    folders: list[tuple[Path, str]] = [(corpus_dir, ".")]
    linked_folders: list[tuple[Path, str]] = []        # listed after the real tree, so a folder keeps its own path
    while folders or linked_folders:
        folder, folder_id = folders.pop() if folders else linked_folders.pop(0)
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in walked:
                passed_over.append((folder_id, LINK_TO_FOLDER_READ))
                continue
            walked.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as entries:
                names = [entry.name for entry in entries]
        except OSError as exc:
            fix = ("check it exists and is readable" if folder_id == "."
                   else "make it readable or move it out of the corpus folder")
            passed_over.append((folder_id, f"a folder that cannot be listed ({_why(exc)}); {fix}"))
            continue
        for name in names:
            if name.startswith(".") or name == "catalog.yaml":
                continue
            path = folder / name
            doc_id = name if folder_id == "." else f"{folder_id}/{name}"
            mode, is_link, reason = _entry_mode(path, root)
            if reason:
                passed_over.append((doc_id, reason))
            elif stat.S_ISDIR(mode):
                (linked_folders if is_link else folders).append((path, doc_id))
            elif not stat.S_ISREG(mode):
                passed_over.append((doc_id, f"{_what(mode)}, not a file; remove it from the corpus folder"))
            elif (kind := SUPPORTED_SUFFIXES.get(path.suffix.lower())) is None:
                passed_over.append((doc_id, (f"unsupported file type {path.suffix or '(none)'}; "
                                             f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")))
            else:
                files.append(CorpusFile(doc_id, path, kind))
    return sorted(files, key=lambda f: f.doc_id), sorted(passed_over)


def _entry_mode(path: Path, root: str) -> tuple[int, bool, str | None]:
    """(mode, is a link, reason to pass it over): a link is followed only to a target inside root."""
    try:
        mode = os.lstat(path).st_mode
    except OSError as exc:
        return 0, False, f"cannot read the file ({_why(exc)}); check it exists and is readable"
    if not stat.S_ISLNK(mode):
        return mode, False, None
    if os.path.commonpath([root, os.path.realpath(path)]) != root:
        return 0, True, LINK_OUTSIDE
    try:
        return os.stat(path).st_mode, True, None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return 0, True, LINK_LOOP
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return 0, True, LINK_DANGLING
        return 0, True, f"a link that cannot be followed ({_why(exc)}); fix or remove the link"


def _what(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
    return next((name for test, name in kinds if test(mode)), "a special file")


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file within the size limit; never blocks on a pipe or device put in its place."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise LoadError(f"{_what(st.st_mode)}, not a file; remove it from the corpus folder")
            _check_size(st.st_size)
            parts, left = [], MAX_FILE_BYTES + 1
            while left and (part := os.read(fd, min(left, 1 << 20))):
                parts.append(part)
                left -= len(part)
            data = b"".join(parts)
            if len(data) > MAX_FILE_BYTES:   # it grew since fstat
                _check_size(max(len(data), os.fstat(fd).st_size))
        finally:
            os.close(fd)
    except OSError as exc:
        raise LoadError(f"cannot read the file ({_why(exc)}); check it exists and is readable") from None
    return data


def _check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise LoadError(f"file is {size // 2**20} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit; split it")


def load_file(file: CorpusFile) -> LoadedFile:
    """Read one file; raise LoadError with a readable reason when it cannot be used."""
    data = read_bytes(file.path)
    if not data.strip():
        raise LoadError("file is empty; add text to it or remove it")
    digest = hashlib.sha256(data).hexdigest()
    if file.kind == "pdf":
        pages, title, authors, date = _read_pdf(data, file.path.stem)
        return LoadedFile(file, digest, pages, markdown=False, title=title, authors=authors, date=date)
    text = _decode(data, page=file.kind == "html")
    if file.kind == "html":
        page = html_text(text)
        if not page.text.strip():
            raise LoadError("no article text found in the HTML page (only navigation or scripts); "
                            "save the article itself, or as .txt")
        return LoadedFile(file, digest, ((None, page.text),), markdown=page.markdown, title=page.title,
                          authors=page.authors, date=page.date, site=page.site)
    if file.kind == "markdown":
        return LoadedFile(file, digest, ((None, plain_markdown(text)),), markdown=True, keeps_repeats=True)
    if file.kind == "restructuredtext" or looks_like_restructuredtext(text):
        try:
            return _read_restructuredtext(file, digest, text)
        except RestructuredTextError as exc:
            if file.kind == "restructuredtext":
                raise LoadError(f"the reStructuredText could not be read ({exc}); fix the markup it names, "
                                "or save the file as .txt to index it as plain text") from exc
            # a .txt file that only looked like reStructuredText is indexed as the plain text it also is
    return LoadedFile(file, digest, ((None, text),), markdown=False)


def _read_restructuredtext(file: CorpusFile, digest: str, text: str) -> LoadedFile:
    """Rendered by docutils and read block by block from its HTML page; titled by its own title, else by its
    file's name (a help topic's first section heading, "Available Types", names no document); as it stands
    (written, not scraped)."""
    page_html, title = restructuredtext_html(text)
    # docutils' page is all content: every block is read (main-content extraction would judge a short page's
    # sections to be boilerplate); its head gives the authors and date of a ":Author:" or ":Date:" field
    body = block_text(page_html)
    if not body.strip():
        raise LoadError("no text found in the reStructuredText file (only directives or comments); "
                        "check it renders, or save it as .txt")
    head = html_text(page_html)
    name = title and html.unescape(re.sub(r"<[^>]+>", "", title)).strip()
    return LoadedFile(file, digest, ((None, body),), markdown=True, keeps_repeats=True, authors=head.authors,
                      date=head.date, title=name or file.path.stem.replace("_", " ").replace("-", " "))


def _decode(data: bytes, page: bool = False) -> str:
    """The file's text, UTF-8. An HTML page (page=True) is read as a browser reads it: UTF-8 when it is, else
    the encoding it declares (a legacy one: "koi8-r", "shift_jis"), else UTF-8 with each byte outside it read
    as Windows-1252: a Latin-1 page, or a UTF-8 page with a stray no-break space in its navigation (Bacula's
    manual), loads instead of failing. A text file declares nothing to trust, and must be UTF-8."""
    if b"\x00" in data[:8192]:
        raise LoadError("file looks binary (it contains NUL bytes), not text; remove it or give it the right extension")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if not page:
            raise LoadError(f"file is not valid UTF-8 (bad byte at offset {exc.start}); re-save it as UTF-8") from None
    declared = _DECLARED_CHARSET.search(data[:8192])
    if declared:
        try:
            codec = codecs.lookup((declared.group(1) or declared.group(2)).decode("ascii")).name
        except LookupError:
            codec = "utf_8"
        if codec.replace("-", "_") not in _WESTERN:
            return data.decode(codec, errors="replace")
    try:
        codecs.lookup_error(_STRAY_BYTE)
    except LookupError:
        codecs.register_error(_STRAY_BYTE, _as_windows_1252)
    return data.decode("utf-8-sig", errors=_STRAY_BYTE)


def _as_windows_1252(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


def _read_pdf(data: bytes, file_stem: str) -> tuple[tuple[tuple[int | None, str], ...], str | None, tuple[str, ...],
                                                   str | None]:
    """Page texts, then title, authors and date from the document information; a title the information lacks
    is read from the first page's large print (pdf_text.cover_title)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise LoadError("PDF is encrypted; save a copy without a password")
        runs: list[tuple[float, str]] = []   # the first page's text with its printed size, for cover_title

        def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
            runs.append((size * abs(tm[3] or 1) * abs(cm[3] or 1), text))

        texts = pdf_pages_text([page.extract_text(visitor_text=visit if i == 0 else None) or ""
                                for i, page in enumerate(reader.pages)])
        pages = tuple(enumerate(texts, start=1))
        info = reader.metadata
        title = (info.title if info else None) or cover_title(runs, file_stem)
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(f"PDF cannot be read ({type(exc).__name__}: {exc}); re-export it or remove it") from None
    if not any(text.strip() for _, text in pages):
        raise LoadError("PDF has no extractable text (a scan?); run OCR on it or add a .txt version")
    authors, date = _pdf_author_and_date(info)
    return pages, title or None, authors, date


def _pdf_author_and_date(info: Any) -> tuple[tuple[str, ...], str | None]:
    """The document information's author and creation date; a malformed date is left out, not fatal."""
    if info is None:
        return (), None
    authors = tuple(a.strip() for a in str(info.author or "").split(";") if a.strip())
    try:
        created = info.creation_date
    except (ValueError, TypeError):
        created = None
    return authors, created.date().isoformat() if created else None
