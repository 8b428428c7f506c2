"""Word handling shared by BM25 (ingest) and sentence matching (answering): one stemmer for both."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def english_stemmer() -> Any:
    """PyStemmer's English (Snowball) stemmer, loaded once."""
    import Stemmer

    return Stemmer.Stemmer("english")


# the months by name: capitalised words that name no one and no thing
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"})


# A command-line option ("-O", "-vv", "--purge") is a name, yet BM25's tokenizer drops one-letter words and
# dashes: "python -O" and "python -OO" would lose what tells them apart. Each option therefore also counts as a
# word of its own, dashes and case kept in its spelling ("-O" -> "opt_oq", "-o" -> "optoq").
_OPTION = re.compile(r"(?<![\w-])(-{1,2})([A-Za-z][A-Za-z0-9-]*)")


def option_words(text: str) -> list[str]:
    """The options written in text, as BM25 words."""
    return ["opt" + "d" * (len(m.group(1)) - 1)
            + "".join("_" + ch.lower() if ch.isupper() else "h" if ch == "-" else ch for ch in m.group(2)) + "q"
            for m in _OPTION.finditer(text)]
