"""Adding and removing essays from the page: save (bot.page_uploads), then the incremental ingest, one at a time.

The page's answerers see the new generation on their next question (the index snapshot refreshes when
ingest commits), so an added essay is answerable without a restart.
"""
from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bot.base.settings import Settings
from bot.page_uploads import UploadOutcome, remove_upload, save_uploads, uploaded
from bot.render import inert
from ingest.pipeline import IngestSummary, run_ingest

if TYPE_CHECKING:
    from ingest.embedder import Embedder

Progress = Callable[[int, int], None]


def upload_cache() -> str:
    """Where Gradio keeps uploaded files: the only place the page reads an upload from."""
    return os.path.realpath(os.environ.get("GRADIO_TEMP_DIR") or os.path.join(tempfile.gettempdir(), "gradio"))


def in_upload_cache(path: str) -> bool:
    root = upload_cache()
    return os.path.commonpath([root, os.path.realpath(path)]) == root


class EssayShelf:
    """The page's uploads: one ingest at a time, with the embedding model loaded on first use."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None):
        self.settings = settings
        self._lock = threading.Lock()
        self._embedder = embedder

    def uploaded(self) -> list[str]:
        return uploaded(self.settings.corpus_dir)

    def add(self, paths: list[str], progress: Progress | None = None) -> tuple[UploadOutcome, IngestSummary | None]:
        """Save the files Gradio received (their names are the names the reader's files had) and ingest."""
        sent = [(Path(p).name, Path(p)) for p in paths if in_upload_cache(p)]
        outcome = UploadOutcome(refused=[(Path(p).name, "not a file this page received; upload it again")
                                         for p in paths if not in_upload_cache(p)])
        with self._lock:
            saved = save_uploads(self.settings.corpus_dir, sent)
            outcome.added, outcome.refused = saved.added, outcome.refused + saved.refused
            summary = self._ingest(progress) if saved.added else None
        return outcome, summary

    def remove(self, doc_id: str, progress: Progress | None = None) -> IngestSummary | None:
        """Delete an added essay and ingest, which drops its passages; None when it is not an added essay."""
        with self._lock:
            if not remove_upload(self.settings.corpus_dir, doc_id):
                return None
            return self._ingest(progress)

    def _ingest(self, progress: Progress | None) -> IngestSummary:
        if self._embedder is None:
            from ingest.embedder import Embedder

            self._embedder = Embedder(self.settings.embedding_model, self.settings.embed_precision)
        return run_ingest(self.settings, self._embedder, progress=progress)


def upload_report(outcome: UploadOutcome, summary: IngestSummary | None) -> str:
    """What happened to each file, for the page (names and reasons made inert), one paragraph per part."""
    blocks = []
    if outcome.added:
        blocks.append("**Added:** " + ", ".join(inert(d) for d in outcome.added))
    if summary is not None:
        blocks.append(f"{summary.embedded} passage(s) embedded in {summary.seconds:.1f} s; the index holds "
                      f"{summary.files} essays. Ask away.")
        skipped = [f"- \u26a0\ufe0f {inert(s.file)}: {inert(s.reason)}" for s in summary.skipped
                   if s.file.startswith("uploads/")]
        if skipped:
            blocks.append("\n".join(skipped))
    if outcome.refused:
        blocks.append("**Not added:**\n\n" + "\n".join(f"- {inert(name)}: {inert(reason)}"
                                                        for name, reason in outcome.refused))
    return "\n\n".join(blocks) or "Choose one or more files first (.txt, .md, .rst, .html, .pdf)."
