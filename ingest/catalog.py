"""corpus/catalog.yaml: title, authors, source URL, date and collection for each file."""
from __future__ import annotations

from pathlib import Path

import yaml

from bot.base.records import DocumentMeta

CATALOG_FILE = "catalog.yaml"


class CatalogError(ValueError):
    """catalog.yaml cannot be used; the message names the entry and the fix."""


def load_catalog(corpus_dir: Path) -> dict[str, DocumentMeta]:
    """Entries keyed by doc id (path relative to the corpus folder); empty when there is no catalog."""
    path = corpus_dir / CATALOG_FILE
    if not path.exists():
        return {}
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise CatalogError(f"{path} is not valid YAML ({exc}); fix the line it names") from None
    if not isinstance(raw, dict):
        raise CatalogError(f"{path} must map file names to entries (file.txt: {{title: ...}})")
    entries = {}
    for doc_id, fields in raw.items():
        if not isinstance(fields, dict):
            raise CatalogError(f"{path}: entry {doc_id!r} must be a mapping with title, authors, url, date")
        authors = fields.get("authors") or fields.get("author") or ()
        if isinstance(authors, str):
            authors = (authors,)
        entries[str(doc_id)] = DocumentMeta(
            title=_text(fields.get("title")), authors=tuple(str(a) for a in authors),
            url=_text(fields.get("url")), date=_text(fields.get("date")),
            collection=_text(fields.get("collection")), publisher=_text(fields.get("publisher")))
    return entries


def _text(value) -> str | None:
    return None if value is None else str(value)
