"""Clean scraped essay text: boilerplate, repeats and the author block out; original characters kept.

The cleaner never rewrites words: it drops whole paragraphs and collapses whitespace, so every
paragraph of the cleaned text is found verbatim (after whitespace normalisation) in the source file.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ingest.html_text import code_text, fence_after
from ingest.textnorm import normalize_for_match

BOILERPLATE_FILE = Path(__file__).with_name("boilerplate.txt")
AUTHORS_SECTION = "Authors"
AUTHOR_HEADINGS = {"author", "authors", "about the author", "about the authors", "written by"}
_BULLET = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u2023\u2043*+-]|\d{1,3}[.)])\s+")
# a Markdown heading; not a table row whose first cell is "#" ("# | contains; ...", Newsboat's filter operators)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(?!\|)(.+?)\s*#*\s*$")
# a line of one repeated mark under (and in reStructuredText also over) a heading: "Options\n=======";
# standing alone, between paragraphs, a rule ("-----", "***")
_ADORNMENT = re.compile(r"^\s*([=\-~^*+#_\"'])\1{2,}\s*$")
# a "cut here" line around an example: "---%<------", "-- >8 --"
_SCISSORS = re.compile(r"^\s*-+\s*(?:%<|>%|>8|8<|\u2702)\s*-*\s*$")
_ADORNED_HEADING_MAX = 100     # characters: a longer line above an underline is a paragraph over a rule
_ADMONITIONS = {"note", "warning", "tip", "important", "caution", "hint", "attention", "danger"}
# a reStructuredText field, one per line: ":Author: Allan Wind", ":Date: $Date: 2005/01/30 11:34:32 $"
_FIELD = re.compile(r"^:[A-Za-z][\w -]*:(?:\s|$)")
# a field of a reference entry, its label and value on one line: "Default value: 0", "Type of value: Boolean"
_LABELLED_VALUE = re.compile(r"^[A-Z][\w'\u2019 -]{0,30}:\s+\S")
MAX_FIELD_LINE_WORDS = 12     # of a labelled value kept under each entry
_DATE_FIELD = re.compile(r"^:?date:\s*(?:\$date:\s*)?(\d{4})[-/](\d{2})[-/](\d{2})\b", re.I)
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_NAME = re.compile(r"^(?:[A-Z][\w'\u2019.-]*\s){1,3}[A-Z][\w'\u2019.-]*$")
# "By Ian Murdock", "Written by Ian A. Murdock, Revised 01/06/94", "Author: Jane Roe and John Doe",
# "Written by Rainer Gerhards (2008-01-31)"
_BYLINE = re.compile(r"^:?(?:by|written by|authors?:)\s+(.+?)\s*(?:\((\d{4}-\d{2}-\d{2})\))?"
                     r"(?:[,;]\s*(?:revised|updated|published|last|posted)\b.*)?$", re.I)
_EMAIL = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>")   # "Bob Savage <bobsavage@mac.com>"
# a copyright line at the top names who wrote the text when no byline does: "Copyright (c) 2000-2002 by Timo
# Sirainen, release under GNU FDL 1.1 license.", "Copyright(c) 2000 Timo Sirainen <cras@irssi.org>"; the names
# must read as people's (a company's "Free Software Foundation, Inc." does not)
_COPYRIGHT_LINE = re.compile(r"^copyright\s*(?:\(c\)|\u00a9)?\s*(?:\d{4}(?:\s*[-\u2013,]\s*\d{4})*\s+)(?:by\s+)?"
                             rf"(.+?)(?:{_EMAIL.pattern})?"
                             r"(?:[,.;]\s+(?:released?|licen[cs]ed|all rights)\b.*)?\.?$",
                             re.I)
_ORGANISATION = re.compile(r"\b(?:group|corporation|corp|inc|ltd|llc|gmbh|foundation|project|team|company|"
                           r"contributors|developers|authors|university|institute|consortium|association)\b", re.I)
BYLINE_WITHIN = 6          # paragraphs from the top where a byline is looked for


@dataclass(frozen=True)
class Paragraph:
    text: str
    heading: str | None = None
    page: int | None = None
    code: bool = False      # a code block's lines: what the page shows the reader to type, never boilerplate


@dataclass(frozen=True)
class Section:
    """A run of the cleaned text under one heading (and, for PDFs, on one page)."""

    start: int
    end: int
    heading: str | None
    page: int | None


@dataclass(frozen=True)
class CleanDocument:
    text: str
    sections: tuple[Section, ...]
    first_heading: str | None = None
    authors: tuple[str, ...] = ()
    author_notes: tuple[str, ...] = ()
    dropped: dict = field(default_factory=dict)
    date: str | None = None          # from a dated byline


@lru_cache(maxsize=4)
def load_boilerplate_patterns(path: Path = BOILERPLATE_FILE) -> tuple[re.Pattern, ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(re.compile(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


def clean_pages(pages: list[tuple[int | None, str]], markdown: bool = False,
                boilerplate: tuple[re.Pattern, ...] | None = None, keep_repeats: bool = False) -> CleanDocument:
    """Clean a document given as (page number or None, raw text) pieces. keep_repeats: the text is written as
    it stands (a Markdown file), so what it says again is its own, as a PDF's is."""
    patterns = load_boilerplate_patterns() if boilerplate is None else boilerplate
    raw: list[Paragraph] = []
    headings: list[str] = []
    for page, text in pages:
        paragraphs, page_headings = _split_paragraphs(text, page, markdown)
        raw += paragraphs
        headings += page_headings
    dropped = {"boilerplate": 0, "repeated": 0}
    kept: list[Paragraph] = []
    seen: dict[str, set[Place]] = {}     # each paragraph's text, and where it stood
    norms = [normalize_for_match(para.text) for para in raw]
    for i, (para, norm) in enumerate(zip(raw, norms)):
        place = Place(para.heading, norms[i - 1] if i else "", norms[i + 1] if i + 1 < len(norms) else "")
        # "- Prev": a list's item is boilerplate as the link alone is; "- 5" is a section's number, no page's
        bare = _BULLET.sub("", norm)
        if not para.code and \
                any(p.fullmatch(norm) or (bare != norm and not bare.isdigit() and p.fullmatch(bare)) for p in patterns):
            dropped["boilerplate"] += 1
            continue
        # a PDF's running matter is gone already (pdf_text), and what its pages say again is the document's own:
        # a configuration shown before a change and after it, a closing brace
        if para.page is None and not keep_repeats and norm in seen and not _is_author_heading(norm) and \
                _repeats(para, norm, place, seen[norm]):
            dropped["repeated"] += 1
            continue
        seen.setdefault(norm, set()).add(place)
        kept.append(para)
    kept = _without_contents(kept)
    body, block, authors, notes = _split_author_block(kept)
    by, date = byline([p.text for p in body[:BYLINE_WITHIN]])
    authors = authors or by
    if not markdown and not headings:
        body = _mark_plain_headings(body)   # plain text that marks no heading: guessed from short lines
    # the essay's own first heading: never the "Authors" section this cleaner makes below. A marked heading
    # counts even when no paragraph stands under it ("# Icinga 2 Troubleshooting", then "## ..."); one of marks
    # alone names nothing (")": a Markdown page built as reStructuredText)
    first_heading = next((h for h in headings if any(c.isalnum() for c in h)), None) or _title_line(body) or \
        next((p.heading for p in body if p.heading), None)
    # the author block stays readable as one last "Authors" section (each line once), so that
    # "who wrote this?" has a passage to quote
    body += [Paragraph(p.text, AUTHORS_SECTION, p.page) for p in block]
    text, sections = _join(body)
    return CleanDocument(text, sections, first_heading, authors, notes, date=date, dropped=dropped)


def _split_paragraphs(text: str, page: int | None, markdown: bool) -> tuple[list[Paragraph], list[str]]:
    """(paragraphs, the headings marked in the text, in order). Blank lines, list bullets, fields and headings
    start a new paragraph; a fenced code block's lines are text, line breaks kept (its fences dropped). Headings are
    Markdown's "# Title" and, in any text, a short line underlined ("Title\n=====", reStructuredText's too)."""
    out: list[Paragraph] = []
    lines: list[str] = []
    headings: list[str] = []
    heading: str | None = None

    after_rule = False    # plain text: a rule ("=====" alone) was the last mark; the next line may title what follows

    def flush() -> None:
        nonlocal heading, after_rule
        # a code block keeps its line breaks, each line a command or a setting of its own, and its lines'
        # indentation (a loop's body, a tree's nesting)
        joined = code_text(lines) if fence else _SPACES.sub(" ", " ".join(s.strip() for s in lines)).strip()
        if joined and after_rule and len(lines) == 1 and _titles_after_rule(joined):
            heading = joined
            headings.append(heading)
        elif joined:
            out.append(Paragraph(joined, heading, page, code=fence is not None))
        after_rule = after_rule and not joined
        lines.clear()

    fence: str | None = None     # the open code block's fence
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        after = fence_after(line, fence) if markdown else None
        if after != fence:
            # inside a code block "# apt-get check" is a root prompt, not a heading
            flush()
            fence = after
            continue
        in_code = fence is not None
        md = _MD_HEADING.match(line) if markdown and not in_code else None
        if md and _is_admonition(md.group(2)):   # "### Note" titles a box in its section, not a section
            flush()
            lines.append(md.group(2))
            flush()
            continue
        if md:
            flush()
            heading = _SPACES.sub(" ", md.group(2)).strip()
            headings.append(heading)
            continue
        if _SCISSORS.match(line):
            flush()
            continue
        if not in_code and _ADORNMENT.match(line):
            # a table's header over its rule is no heading: its columns are lined up with runs of spaces
            if len(lines) == 1 and len(lines[0].strip()) <= _ADORNED_HEADING_MAX and not _is_admonition(lines[0]) \
                    and "   " not in lines[0].strip():
                heading = _SPACES.sub(" ", lines.pop()).strip()
                headings.append(heading)
                after_rule = False
            else:
                alone = not lines       # a rule under a table's header or a paragraph ends it, titles nothing
                flush()
                after_rule = alone and not markdown
            flush()        # an overline, or a rule: neither is text
            continue
        if not line.strip() or (not in_code and (_BULLET.match(line) or _FIELD.match(line))):
            flush()
        if line.strip():
            lines.append(line)
    flush()
    return out, headings


class Place(NamedTuple):
    """Where a paragraph stands: its heading, and the text of the paragraphs just before and just after it."""
    heading: str | None
    previous: str
    following: str


def _repeats(para: Paragraph, norm: str, place: Place, places: set[Place]) -> bool:
    """Whether a paragraph said before (norm: its normalised text; places: where it stood) is a repeat to
    drop: a scraped page's doubled line (the paragraph just before says the same), or one of a block said
    again (its neighbour beside it then stands beside it now: a menu, a byline, an entry copied whole). A
    line a manual says again in another entry is that entry's own (a term defined in two sections, one
    description given to several options, a command two answers ask for), and a labelled value in an entry
    it has not stood in is that entry's."""
    if place.previous == norm:
        return True
    if _labels_another_entry(para, place, places):
        return False
    return any(p.previous == place.previous or p.following == place.following for p in places)


def _labels_another_entry(para: Paragraph, place: Place, places: set[Place]) -> bool:
    """A labelled value ("Default value: 0", "The default value is: YES.") in an entry it has not stood in: a
    reference gives each entry the same fields, and the same value in another entry is that entry's, not a
    repeat. An entry is told by its heading, or, where one heading holds them all (Doxygen's configuration
    page), by the entry's own text just before the value."""
    if not _LABELLED_VALUE.match(para.text) or len(para.text.split()) > MAX_FIELD_LINE_WORDS:
        return False
    return place.heading not in {p.heading for p in places} or place.previous not in {p.previous for p in places}


def _titles_after_rule(line: str) -> bool:
    """Whether a line standing alone right after a rule titles the text below it, as the sections of Vim's help
    files and of many plain-text manuals begin ("=====", then "*05.1*  The vimrc file"): a short line that
    ends no sentence."""
    return len(line) <= _ADORNED_HEADING_MAX and line[-1] not in ".!?:;," and not _is_admonition(line) \
        and not _BULLET.match(line)


def _is_admonition(heading: str) -> bool:
    """"Note", "Warning", "Tip": the title of a box set in a section (DocBook writes it as a heading)."""
    return heading.strip().rstrip(":").lower() in _ADMONITIONS


def byline(paragraphs: list[str]) -> tuple[tuple[str, ...], str | None]:
    """(names, date) from the first byline among paragraphs, the date else from a date field ("Date: 2005-01-30",
    reStructuredText's ":Date: $Date: 2005/01/30 11:34:32 $"); ((), None) when none reads as one."""
    texts = [_BULLET.sub("", " ".join(text.split())) for text in paragraphs]
    dates = [f"{m.group(1)}-{m.group(2)}-{m.group(3)}" for text in texts if (m := _DATE_FIELD.match(text))]
    for i, text in enumerate(texts):
        if text.endswith(":") and _is_author_heading(normalize_for_match(text)) and i + 1 < len(texts):
            text = f"{text} {texts[i + 1]}"   # a field list: "Author:", then "Bob Savage <bobsavage@mac.com>"
        match = _BYLINE.match(text)
        if not match:
            continue
        names = _names(match.group(1))
        if names and all(_NAME.match(n) for n in names):
            return tuple(dict.fromkeys(names)), match.group(2) or next(iter(dates), None)
    for text in texts:
        match = _COPYRIGHT_LINE.match(text)
        names = _names(match.group(1)) if match else []
        if names and all(_NAME.match(n) and not _ORGANISATION.search(n) for n in names):
            return tuple(dict.fromkeys(names)), next(iter(dates), None)
    return (), next(iter(dates), None)


def _names(listed: str) -> list[str]:
    return [_EMAIL.sub("", n).strip() for n in re.split(r",|;|&|\band\b", listed) if n.strip()]


def _is_author_heading(norm: str) -> bool:
    return norm.rstrip(":") in AUTHOR_HEADINGS


def _split_author_block(paras: list[Paragraph]) -> tuple[list[Paragraph], list[Paragraph], tuple[str, ...],
                                                         tuple[str, ...]]:
    """An 'Authors' paragraph near the end starts the author block: names become metadata."""
    for i in range(len(paras) - 1, -1, -1):
        if _is_author_heading(normalize_for_match(paras[i].text)) and i >= len(paras) - 12:
            block = paras[i + 1:]
            names = tuple(dict.fromkeys(p.text for p in block if _NAME.match(p.text)))
            notes = tuple(p.text for p in block if p.text not in names)
            return paras[:i], block, names, notes
    return paras, [], (), ()


def _without_contents(paras: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs less a table of contents, run into one paragraph ("o 1. chrony compared to other programs
    ? 1.1. How does chrony compare to ntpd? ...") or one entry to a line ("* 1 Getting started", "+ 1.1 What
    is Midnight Commander?"): three numbered entries or more, nearly all of them found again further on as
    the start of a paragraph (the section they list). Of entries one to a line, those found again go; a run
    of them may reach into the sections' own headings, which stay."""
    starts: list[str] | None = None   # each paragraph normalised, read only once a paragraph looks like one
    kept: list[Paragraph] = []
    i = 0
    while i < len(paras):
        lines = list(itertools.takewhile(bool, (_contents_line(p.text) for p in paras[i:])))
        if len(lines) >= 3:
            starts = starts or [normalize_for_match(p.text) for p in paras]
            found = [_found_again(entry, starts[i + k + 1:]) for k, entry in enumerate(lines)]
            if sum(found) >= max(3, 0.5 * len(lines)):
                kept.extend(p for p, again in zip(paras[i:i + len(lines)], found) if not again)
                i += len(lines)
                continue
        entries = [normalize_for_match(e) for e in _CONTENTS_ENTRY.split(paras[i].text) if e.strip()]
        numbered = [e for e in entries if _NUMBERED.match(e)]
        if len(numbered) >= 3 and len(numbered) >= len(entries) - 1:
            starts = starts or [normalize_for_match(p.text) for p in paras]
            if sum(_found_again(e, starts[i + 1:]) for e in numbered) >= 0.8 * len(numbered):
                i += 1
                continue
        kept.append(paras[i])
        i += 1
    return kept


def _found_again(entry: str, later: list[str]) -> bool:
    """Whether a contents entry starts one of the later paragraphs (all normalised): the section it lists."""
    return any(paragraph.startswith(entry) for paragraph in later)


def _contents_line(text: str) -> str:
    """The entry, normalised, when the paragraph is one numbered entry of a contents ("+ 1.1 What is
    Midnight Commander?"); "" otherwise (a contents run into one paragraph holds several)."""
    line = _CONTENTS_LINE.fullmatch(text)
    if line is None or _CONTENTS_ENTRY.search(line.group(1), 1):
        return ""
    return normalize_for_match(line.group(1))


def _title_line(body: list[Paragraph]) -> str | None:
    """A plain text's or a PDF's first paragraph when it reads as a heading: its title, even when a byline
    follows ("The debdelta suite", then "Andrea C. G. Mennucci")."""
    first = body[0] if body else None
    return first.text if first and not first.heading and _looks_like_heading(first.text) else None


_CODE_MARKS = re.compile(r"[={}<>|;]")
_NUMBERED = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+\S")   # "4.1 Vocabulary", "1.1. debdelta"
# one entry of a contents written one to a line: "+ 1.1 What is Midnight Commander?"
_CONTENTS_LINE = re.compile(r"(?:[o?*+\u2022\u25e6-]\s+)?(\d{1,2}(?:\.\d{1,2})*\.?\s+\S.{0,200})$")
# where one entry of a table of contents run into a paragraph ends: before the next number, with its bullet
_CONTENTS_ENTRY = re.compile(r"(?:^|\s+)(?:[o?*\u2022\u25e6-]\s+)?(?=\d{1,2}(?:\.\d{1,2})*\.\s)")


def _looks_like_heading(text: str) -> bool:
    numbered = bool(_NUMBERED.match(text))   # "1.1. How does chrony compare to ntpd?": an FAQ's question
    # "Address = localhost", "Storage {": a configuration's line; "4.7. --format=unzipped" is numbered, a heading
    if _CODE_MARKS.search(text) and not numbered:
        return False
    words = text.split()
    # an FAQ's numbered question may run to two sentences: "5 upsc says access denied. The port's permissions
    # are fine, so what gives?"
    question = numbered and text.endswith("?")
    return (0 < len(words) <= (30 if question else 14 if numbered else 8)
            and len(text) <= (200 if question else 120 if numbered else 80)
            and (text[0].isupper() or numbered)
            and text[-1] not in (".!:;,\"'\u201d\u2019)" if numbered else ".!?:;,\"'\u201d\u2019)")
            and not _BULLET.match(text))


def _mark_plain_headings(paras: list[Paragraph]) -> list[Paragraph]:
    """In plain text a short unpunctuated line followed by a paragraph is taken as a heading."""
    out: list[Paragraph] = []
    heading: str | None = None
    for i, para in enumerate(paras):
        if i + 1 < len(paras) and _looks_like_heading(para.text) and not _looks_like_heading(paras[i + 1].text):
            heading = para.text
            continue
        out.append(Paragraph(para.text, heading or para.heading, para.page))
    return out


def _join(paras: list[Paragraph]) -> tuple[str, tuple[Section, ...]]:
    parts: list[str] = []
    sections: list[Section] = []
    pos = 0
    for para in paras:
        if parts:
            pos += 2  # the "\n\n" between paragraphs
        start, pos = pos, pos + len(para.text)
        parts.append(para.text)
        last = sections[-1] if sections else None
        if last and (last.heading, last.page) == (para.heading, para.page):
            sections[-1] = Section(last.start, pos, last.heading, last.page)
        else:
            sections.append(Section(start, pos, para.heading, para.page))
    return "\n\n".join(parts), tuple(sections)
