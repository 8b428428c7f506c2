"""Read corpus files (.txt, .md, .html/.htm, .pdf) into raw page texts, with well-kept readers."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown",
                      ".html": "html", ".htm": "html", ".pdf": "pdf"}
MAX_FILE_BYTES = 20 * 1024 * 1024   # an essay is far smaller; a bigger file is probably a data dump


class LoadError(Exception):
    """A corpus file cannot be read; the message says what is wrong and how to fix it."""


@dataclass(frozen=True)
class CorpusFile:
    doc_id: str        # path relative to the corpus folder, with forward slashes
    path: Path
    kind: str          # text | markdown | html | pdf


@dataclass(frozen=True)
class LoadedFile:
    file: CorpusFile
    sha256: str
    pages: tuple[tuple[int | None, str], ...]   # (page number, text); page is None except for PDFs
    markdown: bool                              # the text carries Markdown headings
    title: str | None = None                    # a title the file itself declares (HTML <title>, PDF info)


def discover(corpus_dir: Path) -> tuple[list[CorpusFile], list[tuple[str, str]]]:
    """Every supported file under corpus_dir, sorted; plus (doc id, reason) for files passed over."""
    root = corpus_dir.resolve()
    files: list[CorpusFile] = []
    passed_over: list[tuple[str, str]] = []
    for path in sorted(corpus_dir.rglob("*")):
        if path.is_dir() or path.name.startswith(".") or path.name == "catalog.yaml":
            continue
        doc_id = path.relative_to(corpus_dir).as_posix()
        kind = SUPPORTED_SUFFIXES.get(path.suffix.lower())
        if kind is None:
            passed_over.append((doc_id, f"unsupported file type {path.suffix or '(none)'}; "
                                        f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}"))
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            passed_over.append((doc_id, "a link pointing outside the corpus folder; copy the file in instead"))
            continue
        files.append(CorpusFile(doc_id, path, kind))
    return files, passed_over


def load_file(file: CorpusFile) -> LoadedFile:
    """Read one file; raise LoadError with a readable reason when it cannot be used."""
    try:
        size = file.path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(f"file is {size // 2**20} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit; split it")
        data = file.path.read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read the file ({exc.strerror or exc}); check it exists and is readable") from None
    if not data.strip():
        raise LoadError("file is empty; add text to it or remove it")
    digest = hashlib.sha256(data).hexdigest()
    if file.kind == "pdf":
        pages, title = _read_pdf(file.path)
        return LoadedFile(file, digest, pages, markdown=False, title=title)
    text = _decode(data)
    if file.kind == "html":
        body, title = _extract_html(text)
        return LoadedFile(file, digest, ((None, body),), markdown=True, title=title)
    return LoadedFile(file, digest, ((None, text),), markdown=file.kind == "markdown")


def _decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise LoadError("file looks binary (it contains NUL bytes), not text; remove it or give it the right extension")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"file is not valid UTF-8 (bad byte at offset {exc.start}); re-save it as UTF-8") from None


def _extract_html(html: str) -> tuple[str, str | None]:
    """Main-content extraction: navigation, footers and scripts are left behind."""
    import trafilatura

    body = trafilatura.extract(html, output_format="markdown", include_comments=False,
                               include_tables=True, include_links=False, include_images=False,
                               favor_precision=True, deduplicate=False)
    if not body or not body.strip():
        raise LoadError("no article text found in the HTML page (only navigation or scripts); "
                        "save the article itself, or as .txt")
    meta = trafilatura.extract_metadata(html)
    return body, (meta.title if meta and meta.title else None)


def _read_pdf(path: Path) -> tuple[tuple[tuple[int | None, str], ...], str | None]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise LoadError("PDF is encrypted; save a copy without a password")
        pages = tuple((n, page.extract_text() or "") for n, page in enumerate(reader.pages, start=1))
        title = reader.metadata.title if reader.metadata else None
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(f"PDF cannot be read ({type(exc).__name__}: {exc}); re-export it or remove it") from None
    if not any(text.strip() for _, text in pages):
        raise LoadError("PDF has no extractable text (a scan?); run OCR on it or add a .txt version")
    return pages, title or None
