"""Essays added from the page: checked by name and content, kept under corpus/uploads/, removable.

Nothing the client sends is used as a path: a file's name is reduced to a safe base name of letters,
digits, dots, dashes and underscores, and it is written only inside the uploads folder; Gradio hands over
the bytes from its own upload cache. Before a file is kept, ingest's own loader reads it (so a PDF without
text, an HTML page without an article or a binary file called .txt is refused with ingest's reason); the
page then runs the same incremental ingest as a restart would.
"""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ingest.loaders import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, CorpusFile, LoadError, load_file, read_bytes

UPLOADS_FOLDER = "uploads"
MAX_NAME_CHARS = 100
_UNSAFE_IN_NAME = re.compile(r"[^A-Za-z0-9._-]+")
# what a file of each kind must start with (after any byte-order mark and leading space), when anything
_MAGIC = {"pdf": (b"%PDF-",)}


@dataclass
class UploadOutcome:
    added: list[str] = field(default_factory=list)                    # doc ids, e.g. "uploads/report.pdf"
    refused: list[tuple[str, str]] = field(default_factory=list)      # (the name as sent, why)


def safe_name(sent: str) -> str:
    """A base name that is safe to write: the last path part of what the client sent, unsafe runs as "-"."""
    base = re.split(r"[\\/]", sent)[-1]
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = _UNSAFE_IN_NAME.sub("-", stem).strip("-.") or "essay"
    suffix = _UNSAFE_IN_NAME.sub("", suffix).lower()
    return (stem[:MAX_NAME_CHARS] + (f".{suffix}" if suffix else ""))


def check_upload(name: str, data: bytes) -> str | None:
    """Why this file cannot be added (None when it can): its type by name and by content, its size, and
    whether ingest can read text from it."""
    suffix = Path(name).suffix.lower()
    kind = SUPPORTED_SUFFIXES.get(suffix)
    if kind is None:
        return f"unsupported file type {suffix or '(none)'}; supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}"
    if len(data) > MAX_FILE_BYTES:
        return f"file is {len(data) // 2**20} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit; split it"
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:8]
    if kind in _MAGIC and not head.startswith(_MAGIC[kind]):
        return f"the content is not a {kind.upper()} file, whatever its name says"
    if kind != "pdf" and head.startswith(b"%PDF-"):
        return f"the content is a PDF file, not {suffix}; give it the .pdf extension"
    with tempfile.TemporaryDirectory(prefix="bot-upload-check-") as folder:
        path = Path(folder) / f"check{suffix}"
        path.write_bytes(data)
        try:
            load_file(CorpusFile(name, path, kind))
        except LoadError as exc:
            return str(exc)
    return None


def save_uploads(corpus_dir: Path, sent: list[tuple[str, Path]]) -> UploadOutcome:
    """Check each (name as sent, file in Gradio's cache) and keep the good ones under corpus/uploads/.

    A name already taken by a different file gets a numbered suffix; the same content again is a no-op.
    """
    outcome = UploadOutcome()
    folder = corpus_dir / UPLOADS_FOLDER
    for name, cached in sent:
        shown = safe_name(name)
        try:
            data = read_bytes(cached)
        except LoadError as exc:
            outcome.refused.append((shown, str(exc)))
            continue
        reason = check_upload(shown, data)
        if reason:
            outcome.refused.append((shown, reason))
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = _free_path(folder, shown, data)
            if not target.exists():
                _write_new(target, data)
        except OSError as exc:
            outcome.refused.append((shown, f"cannot be saved in {folder} ({exc.strerror or exc}); make the "
                                           "corpus folder writable"))
            continue
        outcome.added.append(f"{UPLOADS_FOLDER}/{target.name}")
    return outcome


def uploaded(corpus_dir: Path) -> list[str]:
    """Doc ids of the essays added from the page, sorted."""
    folder = corpus_dir / UPLOADS_FOLDER
    if not folder.is_dir():
        return []
    return sorted(f"{UPLOADS_FOLDER}/{p.name}" for p in folder.iterdir()
                  if p.is_file() and not p.is_symlink() and p.suffix.lower() in SUPPORTED_SUFFIXES)


def remove_upload(corpus_dir: Path, doc_id: str) -> bool:
    """Delete an essay added from the page; only one `uploaded` lists, so no other file can be named."""
    if doc_id not in uploaded(corpus_dir):
        return False
    (corpus_dir / UPLOADS_FOLDER / doc_id.split("/", 1)[1]).unlink()
    return True


def _free_path(folder: Path, name: str, data: bytes) -> Path:
    """name in folder, or name-2, name-3... when a different file holds it (the same bytes: that file)."""
    stem, suffix = os.path.splitext(name)
    for n in range(1, 1000):
        candidate = folder / (name if n == 1 else f"{stem}-{n}{suffix}")
        if not candidate.exists() or (candidate.is_file() and candidate.read_bytes() == data):
            return candidate
    raise OSError(f"too many files named {name}")


def _write_new(target: Path, data: bytes) -> None:
    """Write beside the target, then rename: ingest never reads a half-written essay."""
    partial = target.with_name(f".{target.name}.part")
    partial.write_bytes(data)
    os.replace(partial, target)
