"""A PDF's page texts as a reader reads them: what the page prints around its text left off, words whole.

pypdf gives each page's text line by line, as laid out: ligatures as single characters ("conﬁguration"),
the running header and the page number on every page, words broken at the line end ("manip-\nulation") and
no blank line between paragraphs. Left so, "configuration" finds no passage in BM25, every page's first
passage starts with the manual's running title, and a page is one paragraph, so a heading runs into the
sentence after it. This module puts back what the printed page shows a reader.
"""
from __future__ import annotations

import re
from collections import Counter

# the ligatures PDF fonts print as one glyph
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
# a page number alone: "7", "iii", "Page 7", "7 / 34", "7 of 34"
_PAGE_NUMBER = re.compile(r"(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:/|of)\s*\d{1,4})?", re.I)
_TRAILING_PAGE_NUMBER = re.compile(r"\s+(?:\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|[ivxlc]{1,6})$")
_LEADING_PAGE_NUMBER = re.compile(r"^(?:\d{1,4}|[ivxlc]{1,6})\s+")
# a line in capitals ending in its page number, or starting with it before the chapter's or section's number (a
# heading starts with its own number: "2 GETTING STARTED")
_NUMBERED_HEAD = re.compile(r"\d{1,4}\s+(?:CHAPTER|APPENDIX|PART|\d)[^a-z]*|[^a-z]*[A-Z][^a-z]*\s+\d{1,4}")
_CONTENTS_TITLE = re.compile(r"(?:table of )?contents", re.I)
_ENDS_IN_PAGE_NUMBER = re.compile(r"\S\s+(?:\d{1,4}|[ivxlc]{1,6})$")
CONTENTS_SHARE = 0.5     # a page of a contents: at least this share of its lines end in a page number
_EDGE_LINES = 2          # lines at the top and at the bottom of a page where running matter stands
RUNNING_MIN_PAGES = 3    # a line at the page's edge on this many pages is the running header or footer
SHORT_LINE = 0.75        # a line shorter than this share of the page's full lines ends its paragraph
_BROKEN_WORD = re.compile(r"[a-z]-$")
_UNFINISHED = re.compile(r"\s(?:the|a|an|and|or|of|to|in|on|at|by|for|from|with|that|than|as)$")
# DocBook's mark at the end of a code line it wrapped to fit the page ("s/_PAGE/ ←-", then "PAGE_\1/'"): the
# two lines are one; the wrap was at a space unless the line broke after a mark of the code
_WRAP_MARK = re.compile(r"\s*\u2190-$")
_NO_SPACE_AFTER = ("-", "/", "\\", ".", "=", "_", "(", "[", ":")
_NO_SPACE_BEFORE = ("/", ".", ",", ")", "]", "=", ":", ";")
# LaTeX's roman font (OT1) has no "<", ">" or "|": typed in running text they print as "¡", "¿" and an em dash,
# and pypdf reads back what was printed ("setbandwidth limit=¡nb¿ [ jobid=¡id¿ — client=¡cli¿ ]"). Spanish
# punctuation opens with "¡" and "¿" and closes with "!" and "?", so "¡...¿" with neither inside is OT1.
_OT1_ANGLES = re.compile(r"\u00a1([^\s\u00a1\u00bf!?](?:[^\u00a1\u00bf!?\n]{0,80}[^\s\u00a1\u00bf!?])?)\u00bf(?!\w)")
# an em dash inside a command's syntax: in a word with "=" or "<" ("jobid=<id>—job=<name>"), or one of two or
# more in a word ("files—jobs—volume"); prose sets one between words or clauses
_SYNTAX_WORD = re.compile(r"\S*\u2014\S*")
# a bracketed part of a command's syntax with a setting in it, its choices set apart by em dashes
_SYNTAX_BRACKETS = re.compile(r"\[[^\[\]\n]*=[^\[\]\n]*\]")


def pdf_pages_text(pages: list[str]) -> list[str]:
    """Each page's text: ligatures spelled out, running headers, footers and page numbers off, words broken
    at a line end joined, and a blank line after each line that ends a paragraph (a short one)."""
    lines = [[_typed_characters(line.rstrip()) for line in page.translate(_LIGATURES).split("\n")] for page in pages]
    running = _running_lines(lines)
    # the first page keeps its lines: a manual's running title is the title on its title page
    pages_read = _without_contents_pages([page if n == 0 else _without_edges(page, running)
                                          for n, page in enumerate(lines)])
    return ["\n".join(_joined_words(_paragraphs(page))) for page in pages_read]


def _without_contents_pages(pages: list[list[str]]) -> list[list[str]]:
    """The pages less a table of contents printed without dot leaders ("21 What's the point of that security
    domains concept above? 7"): from a "Contents" line on, when most lines after it end in a page number, and the
    pages after it whose lines go on so. Each entry is found again as its section's heading; listed, the entries
    match a question better than the sections that answer it."""
    out: list[list[str]] = []
    listing = False
    for page in pages:
        at = next((i for i, line in enumerate(page) if _CONTENTS_TITLE.fullmatch(line.strip())), None)
        lines = [line.strip() for line in (page if at is None else page[at + 1:]) if line.strip()]
        listing = (at is not None or listing) and len(lines) >= 3 and \
            sum(bool(_ENDS_IN_PAGE_NUMBER.search(line)) for line in lines) >= CONTENTS_SHARE * len(lines)
        out.append(page if not listing else page[:at] if at is not None else [])
    return out


def _typed_characters(line: str) -> str:
    """"<", ">" and "|" where LaTeX's roman font printed "¡", "¿" and an em dash for them (see _OT1_ANGLES)."""
    if "\u00a1" in line:
        line = _OT1_ANGLES.sub(r"<\1>", line)
    if "\u2014" in line:
        line = _SYNTAX_WORD.sub(_syntax_bars, line)
        line = _SYNTAX_BRACKETS.sub(lambda m: m.group().replace(" \u2014 ", " | "), line)
    return line


def _syntax_bars(word: re.Match) -> str:
    text = word.group()
    syntax = "=" in text or "<" in text or text.count("\u2014") >= 2
    return text.replace("\u2014", "|") if syntax else text


def _edge_key(line: str) -> str:
    """A line at a page's edge, with its page number left out: "Chapter 2: ASN.1 handling 3" -> "chapter #:
    asn.# handling"; the same on every page where it is the running header, "ii" or "1 / 4" after it."""
    line = " ".join(line.lower().split())
    line = _TRAILING_PAGE_NUMBER.sub("", _LEADING_PAGE_NUMBER.sub("", line))
    return re.sub(r"\d+", "#", line)


def _edges(page: list[str]) -> list[int]:
    filled = [i for i, line in enumerate(page) if line.strip()]
    return sorted(set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]))


def _running_lines(pages: list[list[str]]) -> set[str]:
    seen = Counter(key for page in pages for key in {_edge_key(page[i]) for i in _edges(page)})
    return {key for key, count in seen.items() if count >= RUNNING_MIN_PAGES and key.strip("# ")}


def _without_edges(page: list[str], running: set[str]) -> list[str]:
    edges = set(_edges(page))
    return [line for i, line in enumerate(page)
            if i not in edges or not (_edge_key(line) in running or _PAGE_NUMBER.fullmatch(line.strip())
                                      or _is_numbered_head(line.strip()))]


def _is_numbered_head(line: str) -> bool:
    """A running head in capitals beside its page number: "2.9. RUNNING BACULUM API AND WEB FOR THE FIRST TIME
    31", "48 CHAPTER 3. BACULA COPYRIGHT"; LaTeX prints each section's on one or two pages only, too few to
    be seen repeating."""
    return bool(_NUMBERED_HEAD.fullmatch(line)) and len(re.findall(r"\b[A-Z]{2,}\b", line)) >= 2


def _joined_words(page: list[str]) -> list[str]:
    """"manip-" at a line's end and "ulation" at the next line's start are one word (the lines joined). A word
    that has a hyphen before the break, an option's dashes too, was broken at one of its own hyphens: "--gen-" and
    "suppressions=yes" are "--gen-suppressions=yes", "day-to-" and "day" "day-to-day"."""
    out: list[str] = []
    for line in page:
        stripped = line.lstrip()
        if out and _WRAP_MARK.search(out[-1]) and stripped:
            head = _WRAP_MARK.sub("", out[-1])
            glued = head.endswith(_NO_SPACE_AFTER) or stripped.startswith(_NO_SPACE_BEFORE)
            out[-1] = head + ("" if glued else " ") + stripped
        elif out and _BROKEN_WORD.search(out[-1]) and stripped[:1].islower():
            compound = "-" in out[-1].rsplit(maxsplit=1)[-1][:-1]   # an option's dashes count: "--gen-"
            out[-1] = (out[-1] if compound else out[-1][:-1]) + stripped
        else:
            out.append(line)
    return out


def _paragraphs(page: list[str]) -> list[str]:
    """The page's lines with a blank one after each short line: a paragraph's last, a heading, a code line."""
    lengths = sorted(len(line.strip()) for line in page if line.strip())
    if len(lengths) < 4:
        return page
    full = lengths[int(len(lengths) * 0.8)]     # the length of a full line of this page's text
    out: list[str] = []
    for i, line in enumerate(page):
        # a line ending in a word broken at its end goes on, however short: a table cell's "to im-" / "port files";
        # so does one ending in a word no sentence ends with, before a line in lower case: a heading set larger
        # ("4 My UPS driver program won't work. I'm starting it as root, and root owns the" / "device, so ...")
        following = page[i + 1].lstrip() if i + 1 < len(page) else ""
        short = line.strip() and len(line.strip()) < SHORT_LINE * full and not _BROKEN_WORD.search(line.rstrip()) \
            and not _WRAP_MARK.search(line)
        goes_on = bool(_UNFINISHED.search(line)) and following[:1].islower()
        if short and out and out[-1].rstrip().endswith((".", ":", "!", "?")):
            out.append("")     # after a sentence's end, a short line starts anew: a heading ("1.1. debdelta")
        out.append(line)
        if short and not goes_on:
            out.append("")
    return out


COVER_SIZE = 1.3        # text this many times the size of the page's body text is a cover's title or its banner
MAX_TITLE_WORDS = 20


def cover_title(runs: list[tuple[float, str]], file_stem: str) -> str | None:
    """The title a PDF's first page prints, for a PDF whose document information has none: the lines set larger
    than the page's body text, each run of same-size lines read as one; the one the file's name refers to
    ("misc.pdf": "Bacula Miscellaneous Guide", over the banner "The Leading Open Source Backup Solution" set
    larger still), else the largest. runs: (font size, text) in page order. None when nothing stands out."""
    runs = [(round(size, 1), " ".join(text.translate(_LIGATURES).split())) for size, text in runs if text.strip()]
    if not runs:
        return None
    sizes: Counter[float] = Counter()
    for size, text in runs:
        sizes[size] += len(text)
    body = sizes.most_common(1)[0][0]
    lines: list[tuple[float, str]] = []
    for size, text in runs:
        if lines and lines[-1][0] == size:
            lines[-1] = (size, f"{lines[-1][1]} {text}")
        else:
            lines.append((size, text))
    candidates = [(size, text) for size, text in lines if size >= body * COVER_SIZE
                  and 1 <= len(text.split()) <= MAX_TITLE_WORDS and sum(ch.isalpha() for ch in text) > len(text) / 2]
    if not candidates:
        return None
    named = [c for c in candidates if _names_the_file(c[1], file_stem)]
    return max(named or candidates, key=lambda c: c[0])[1]


def _names_the_file(text: str, file_stem: str) -> bool:
    """The text holds a word of the file's name, or one it abbreviates ("misc" for "Miscellaneous")."""
    parts = [p for p in re.split(r"[\W_]+", file_stem.lower()) if len(p) >= 3 and not p.isdigit()]
    words = re.findall(r"\w+", text.lower())
    return any(w.startswith(p) or (p.startswith(w) and len(w) >= 4) for p in parts for w in words)
