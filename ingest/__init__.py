"""Ingest: corpus files -> cleaned passages -> Chroma vectors + BM25 (python -m ingest)."""
from ingest.pipeline import IngestSummary, run_ingest

__all__ = ["IngestSummary", "run_ingest"]
