"""Questions about the collection itself ("Which essays are there?"): answered from the essays' records.

Retrieval returns the k passages nearest a question, so a list of every essay never comes from it. A
question whose only subject is the collection is answered instead by quoting the first sentence of each
essay's record (the metadata passage ingest writes), cited like any passage.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from bot.base.records import Passage
from bot.sentences import BULLET, NUMBERED_ITEM, content_terms, split_sentences
from ingest.clean import AUTHORS_SECTION
from ingest.textnorm import normalize_for_match

MAX_LISTED = 20   # essays quoted in one answer; the notice gives the full count
_ASKS_FOR_LIST = re.compile(
    r"^\s*(?:(?:which|what)\b|how many\b|list\b|name\b|show\b|tell me\b|give me\b|are there\b|is there\b|"
    r"do you have\b|does (?:the|this) collection\b)", re.I)
# what a user calls the essays: the first ones make a question a list question ("Which pages are there?")
_ESSAY_NOUNS = ("essay", "document", "text", "article", "paper", "file", "chapter", "page", "report")
_BOOK_NOUNS = ("guide", "manual", "handbook", "book")
_SUBJECTS = content_terms(" ".join(_ESSAY_NOUNS) + " titles")
# "Which pytest guides are included?": guides, several of them, are essays too ("What does the guide cover?" asks
# about one)
_BOOKS = re.compile(r"\b(?:" + "|".join(_BOOK_NOUNS + ("tutorial", "howto")) + r")s\b", re.I)
# every word of such a question is about the collection (stemmed): anything else makes it a topic question
_COLLECTION_TERMS = content_terms(
    " ".join(_ESSAY_NOUNS + _BOOK_NOUNS) + " collection corpus library index indexed available exist list "
    "include contain hold there have has here title name many number all every kind type know ask read")
# the noun a which-question asks for: the last word before its verb or preposition ("Which Flask documentation
# pages are ...?": pages; "Which version of ...": version)
_ASKED_THING = re.compile(r"^\s*(?:which|what)\s+(?:[\w'.-]+\s+){0,3}?([a-z]+)\s+(?:are|is|was|were|do|does|did|"
                          r"can|could|have|has|exist|of|in|on|about|from|for|there)\b", re.I)
_ASKED_WORD = re.compile(r"^\s*(?:which|what)\s+([a-z]+)", re.I)   # else the word after which/what
# "Which page explains ...?", "In which chapter ...", "What essay says ...": the answer names an essay
_ASKS_WHICH_ESSAY = re.compile(r"\b(?:which|what)\s+(?:one\s+of\s+the\s+)?(?:"
                               + "|".join(_ESSAY_NOUNS + _BOOK_NOUNS + ("faq",)) + r")s?\b", re.I)
# "which file" and "which text" ask for an essay only beside a word for one ("Which file holds the HTTP/2
# guide?"); alone they ask for a file or a text the essays speak of ("which file receives the debug output?")
_ALSO_NOT_ESSAYS = ("file", "text")
_NAMES_AN_ESSAY = re.compile(r"\b(?:" + "|".join(n for n in _ESSAY_NOUNS + _BOOK_NOUNS + ("faq", "collection")
                                               if n not in _ALSO_NOT_ESSAYS) + r")s?\b", re.I)
# "What is the title of the page that explains ...?", "What is the document about compiling Graphviz called?",
# "What is Newsboat's user manual titled?": the answer is an essay's title
_NOUN = r"(?P<noun>" + "|".join(_ESSAY_NOUNS + _BOOK_NOUNS + ("faq", "tutorial")) + r")s?\b"
_ASKS_ESSAYS_TITLE = (
    re.compile(r"\b(?:title|name)\s+of\s+(?:the|this|that|its|an?)\s+(?:[\w'-]+\s+){0,3}?" + _NOUN, re.I),
    re.compile(r"\bwhat\s+(?:is|are|was|were)\s+(?:(?:the|this|that|its)\s+|[\w-]+['\u2019]s\s+)?(?:[\w'-]+\s+){0,3}?"
               + _NOUN + r"[^?.!]*?\b(?:called|titled|named)\b", re.I))
_MARKER = re.compile(r"\[(\d+)\]")
_WHOLE_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
# "Is there a page on IP-based virtual hosting?", "the title of the chapter about Server Side Includes": the
# question asks for the essays on one topic, not for the list
_ON_TOPIC = re.compile(r"\b(?:" + "|".join(_ESSAY_NOUNS + _BOOK_NOUNS) + r")s?\b[^?.!]*?\b(?:on|about|covering|"
                       r"describing|explaining|discussing)\s+([^?.!]+)", re.I)


# "What is the subrepos page about?", "What does the page on revisions cover?": what one essay, named by its title,
# is about (nothing after the verb: "What does the guide say about passwords?" asks about passwords)
# (set 72: "What does the Getting Started page walk me through?", "Which topics does the ... page cover?")
_PARTS_ASKED = r"(?:topics?|sections?|subjects?|parts?|problems?|issues?|questions?|things?)"
# "Which classes does the Class Overview page describe?" asks for its parts by what they are (set 77)
_ASKS_WHAT_IT_IS_ABOUT = re.compile(r"^\s*(?:what(?:\s+" + _PARTS_ASKED + r")?|which\s+(?:[\w-]+\s+)?[\w-]+)"
                                    r"(?:'s|\s+is|\s+are|\s+does|\s+do)\b.*\b(?:about|"
                                    r"cover|covers|describe|describes|explain|explains|deal\s+with|deals\s+with|discuss|"
                                    r"walks?\s+(?:me\s+|you\s+|us\s+|readers?\s+)?through|go(?:es)?\s+(?:through|over)|"
                                    r"teach|teaches|introduce|introduces|answer|answers)\s*[?.!]*\s*$",
                                    re.I)
_ONE_ESSAY = re.compile(_NAMES_AN_ESSAY.pattern + r"|\btopics?\b|\btutorials?\b|\bhowtos?\b", re.I)
# the words of "What does the page on X cover?" that name no essay: what is left names the one asked about
_ASKING_ABOUT_TERMS = _COLLECTION_TERMS | content_terms(
    "what is are does do about cover covers describe describes explain explains deal deals with topic topics faq "
    "tutorial on discuss walk walks go goes through over teach teaches introduce introduces answer answers me you us "
    "reader readers section sections subject subjects part parts problem problems issue issues question questions "
    "thing things")
HAS_SECTIONS = "has these sections:"
MAX_SECTIONS_LISTED = 20   # a manual's hundred headings would drown the answer
OPENING_WORDS = 40   # of an essay's opening quoted to say what it is about, at least (whole sentences)
MAX_OPENING_SENTENCES = 3
OPENING_PASSAGES = 3   # of an essay's first passages, looked through for its opening words


def asks_what_an_essay_is_about(question: str) -> bool:
    """The question asks what an essay is about, naming it as one ("page", "guide", "help topic")."""
    return bool(_ASKS_WHAT_IT_IS_ABOUT.search(question) and _ONE_ESSAY.search(question))


def essay_asked_about(question: str, records: Sequence[Passage]) -> Passage | None:
    """The record of the essay whose title the question names, every word of it ("the subrepos page"); the
    longest title when several fit. Else the one essay whose title holds every word the question names it by
    ("the page on Rc" for "Rc<T>, the Reference Counted Smart Pointer"): a reader names a page by its key word,
    not its whole title; "this manual" is the only essay of a collection of one. None when nothing fits or two
    fit equally."""
    asked = content_terms(question)
    fits = [(len(title), r) for r in records if (title := content_terms(r.title)) and title <= asked]
    longest = max((n for n, _ in fits), default=0)
    best = [r for n, r in fits if n == longest]
    if not best:
        naming = asked - _ASKING_ABOUT_TERMS
        # "What does this manual cover?" names no title: in a collection of one essay, that essay
        best = [r for r in records if naming <= content_terms(r.title)] if naming else \
            list(records) if len(records) == 1 else []
    return best[0] if len(best) == 1 else None


def opening_answer(opening: Passage) -> str:
    """What an essay is about, in its own words: the first whole sentences of its opening passage (until
    OPENING_WORDS words, MAX_OPENING_SENTENCES at most) with its [n]; "" when it opens with none."""
    taken: list[str] = []
    for span in split_sentences(opening.text):
        line = opening.text[opening.text.rfind("\n", 0, span.start) + 1:span.end]
        if taken and (BULLET.match(line) or NUMBERED_ITEM.match(line)):
            break     # its opening words end where a list begins
        if not _WHOLE_SENTENCE.search(span.text):
            continue
        taken.append(f"{span.text} [{opening.n}]")
        if len(" ".join(taken).split()) >= OPENING_WORDS or len(taken) == MAX_OPENING_SENTENCES:
            break
    return " ".join(taken)


def about_answer(openings: Sequence[Passage], record: Passage, headings: Sequence[str]) -> tuple[str, list[Passage]]:
    """What an essay is about: the opening sentences (opening_answer) of the first of its opening passages that
    has whole sentences (a scraped page may open with a line of navigation, "Menu"), then its sections ("What
    topics does the page go through?"), said in a sentence added to its record, which is cited for it: headings
    are the essay's metadata, not its text, and the record passage is marked as such wherever it is shown."""
    text, opening = next(((said, p) for p in openings if (said := opening_answer(p))), ("", None))
    passages = [opening] if opening is not None else []
    if contents := contents_sentence(record.title, headings):
        listed = replace(record, n=len(passages) + 1, text=f"{record.text} {contents}")
        text = f"{text} {contents} [{listed.n}]".strip()
        passages.append(listed)
    return text, passages


def contents_sentence(title: str, headings: Sequence[str]) -> str:
    """"<title> has these sections: A; B; C." for an essay's own headings, in order (its title again, and the
    Authors section the cleaner makes from a byline, left out; MAX_SECTIONS_LISTED, and how many more); "" when
    it has none."""
    seen = {normalize_for_match(title), normalize_for_match(AUTHORS_SECTION)}
    own = []
    for heading in headings:
        key = normalize_for_match(heading)
        if key and key not in seen:
            seen.add(key)
            own.append(" ".join(heading.split()).rstrip(".:"))
    if not own:
        return ""
    listed, more = own[:MAX_SECTIONS_LISTED], len(own) - MAX_SECTIONS_LISTED
    return f"{title} {HAS_SECTIONS} {'; '.join(listed)}" + (f"; and {more} more." if more > 0 else ".")


def is_collection_question(question: str, names: Callable[[], Iterable[str]] | None = None) -> bool:
    """The question asks which essays there are (or how many), and about nothing else but the collection,
    which it may call by a name its essays carry ("Which chapters does the Kernel Handbook have?").

    names: the titles and collection names of the essays, asked for only when the rest of the question fits.
    """
    terms = content_terms(question)
    asked = _ASKED_THING.match(question) or _ASKED_WORD.match(question)
    # "Which Python-Markdown extensions are documented in this collection?": the asker's word for the essays is
    # what they are about, said in the collection's own name
    kind = _ESSAYS_BY_KIND.match(question)
    if kind is not None and names is not None:
        rest = terms - _COLLECTION_TERMS - content_terms(f"{kind.group('kind')} {kind.group('verb') or ''}")
        if rest and rest <= content_terms(" ".join(names())):
            return True
    if not (_ASKS_FOR_LIST.match(question) and (terms & _SUBJECTS or _BOOKS.search(question))):
        return False
    # "Which version ... does this manual document?" asks for a version
    if asked and content_terms(asked.group(1)) - _COLLECTION_TERMS:
        return False
    rest = terms - _COLLECTION_TERMS
    return not rest or (names is not None and rest <= content_terms(" ".join(names())))


_ESSAYS_BY_KIND = re.compile(r"^\s*(?:which|what)\s+(?:[\w'.-]+\s+){1,3}?(?P<kind>[a-z]+s)\s+(?:are|were)\s+"
                             r"(?:(?P<verb>documented|described|covered|included|explained)\s+)?(?:in|by)\s+"
                             r"(?:this|the)\s+collection\b", re.I)


def asks_which_essay(question: str) -> bool:
    """The question asks which essay says something ("Which FAQ page explains why Python has no goto?"), or
    what the one that does is called ("What is the title of the page that explains ...?")."""
    asked = _ASKS_WHICH_ESSAY.search(question)
    titled = next(filter(None, (pattern.search(question) for pattern in _ASKS_ESSAYS_TITLE)), None)
    if titled is not None:
        noun = titled.group("noun")
    elif asked is not None:
        noun = asked.group(0).rstrip("sS").split()[-1]
    else:
        return False
    return noun.lower() not in _ALSO_NOT_ESSAYS or bool(_NAMES_AN_ESSAY.search(question))


def first_cited(text: str, passages: Sequence[Passage]) -> Passage | None:
    """The passage an answer cites first."""
    by_n = {p.n: p for p in passages}
    return next((by_n[int(m.group(1))] for m in _MARKER.finditer(text) if int(m.group(1)) in by_n), None)


def naming_its_essay(text: str, passages: Sequence[Passage], record: Passage) -> tuple[str, list[Passage]]:
    """An answer to "which essay ...?" that opens by quoting the record of the essay it cites first (its
    title, and authors when known), the record added to the passages as the next [n]."""
    sentence = record_sentence(record)
    if not sentence:
        return text, list(passages)
    numbered = replace(record, n=max((p.n for p in passages), default=0) + 1)
    return f"{sentence} [{numbered.n}] {text}", [*passages, numbered]


def record_sentence(record: Passage) -> str:
    """A record's first sentence, past its title ("Chapter 1. Introduction" is one title, not two
    sentences); "" when it has none."""
    return next(iter(record_sentences(record)), "")


def record_sentences(record: Passage) -> list[str]:
    """A record's sentences, a title with a full stop in it ("Chapter 1. Introduction") kept whole."""
    ends = [s.end for s in split_sentences(record.text) if s.end > len(record.title)]
    return [record.text[start:end].strip() for start, end in zip([0, *ends], ends)]


def records_on_topic(question: str, records: Sequence[Passage]) -> list[Passage]:
    """The records of the essays whose title (or collection name) holds every word of the topic the question
    asks about ("Does the collection have a page on IP-based virtual hosting?"); all records when the question
    names no topic or no title holds it."""
    asked = _ON_TOPIC.search(question)
    topic = content_terms(asked.group(1)) - _COLLECTION_TERMS if asked else set()
    on_topic = [r for r in records if topic and topic <= content_terms(f"{r.title} {r.meta.collection or ''}")]
    return on_topic or list(records)


def collection_answer(records: Sequence[Passage], question: str = "") -> tuple[str, str, list[Passage]]:
    """(answer text, notice with the count, the records quoted). Each record's first sentence with its [n];
    when the question asks for the essays on a topic that some titles name, their whole records (title,
    file, date, authors) and no others."""
    on_topic = records_on_topic(question, records)
    if len(on_topic) < len(records):
        text = " ".join(f"{sentence} [{p.n}]" for p in on_topic for sentence in record_sentences(p))
        return text, f"The collection holds {len(records)} essays; quoted from the records of the " \
                     f"{len(on_topic)} whose title names the topic", on_topic
    listed = list(records)[:MAX_LISTED]
    lines = []
    for p in listed:
        if sentence := record_sentence(p):
            lines.append(f"{sentence} [{p.n}]")
    more = len(records) - len(listed)
    notice = f"The collection holds {len(records)} essays; listed from their records" + \
        (f" (the first {len(listed)}; choose essays on the page to see the rest)" if more else "")
    return " ".join(lines), notice, listed
