"""Text normalisation for matching: the displayed text keeps its typography, comparisons do not."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_CHAR_MAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u00ad": None, "\u200b": None, "\ufeff": None,
})
_WS = re.compile(r"\s+")
_NOT_SPACE = re.compile(r"\S+")


def normalize_for_match(text: str, casefold: bool = True) -> str:
    """Fold typographic quotes and dashes to ASCII, collapse whitespace, and (by default) case."""
    out = _WS.sub(" ", unicodedata.normalize("NFC", text).translate(_CHAR_MAP)).strip()
    return out.casefold() if casefold else out


def collapse_whitespace(text: str) -> str:
    """Collapse every whitespace run to one space (the comparison the ingest tests use)."""
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True)
class NormalizedText:
    """A normalised copy of a text plus, per normalised character, its offset in the original."""

    text: str
    offsets: tuple[int, ...]

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original text."""
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize_with_offsets(original: str, casefold: bool = True) -> NormalizedText:
    """Normalise like normalize_for_match, keeping where each character came from."""
    chars: list[str] = []
    offsets: list[int] = []
    for run in _NOT_SPACE.finditer(original):
        pending_space = bool(chars)   # whitespace, or the start, came before each run
        start, text = run.start(), run.group(0)
        if text.isascii():   # most words: nothing to map, and folding keeps one character per character
            if pending_space:
                chars.append(" ")
                offsets.append(start - 1)
            chars.append(text.lower() if casefold else text)
            offsets.extend(range(start, run.end()))
            continue
        for i, ch in enumerate(text, start):
            mapped = unicodedata.normalize("NFC", ch).translate(_CHAR_MAP)
            if mapped == "":
                continue
            if mapped.isspace():
                pending_space = bool(chars)
                continue
            if pending_space:
                chars.append(" ")
                offsets.append(i - 1)
                pending_space = False
            for m in (mapped.casefold() if casefold else mapped):
                chars.append(m)
                offsets.append(i)
    return NormalizedText("".join(chars), tuple(offsets))


def find_normalized(haystack: str, needle: str) -> tuple[int, int] | None:
    """Find needle in haystack ignoring case, whitespace and quote style; return the original span."""
    target = normalize_for_match(needle)
    if not target or target not in normalize_for_match(haystack):   # most needles: found nowhere, found fast
        return None
    norm = normalize_with_offsets(haystack)
    at = norm.text.find(target)
    if at < 0:
        return None
    return norm.span_in_original(at, at + len(target))
