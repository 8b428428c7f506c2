"""Word handling shared by BM25 (ingest) and sentence matching (answering): one stemmer for both."""
from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def english_stemmer() -> Any:
    """PyStemmer's English (Snowball) stemmer, loaded once."""
    import Stemmer

    return Stemmer.Stemmer("english")
