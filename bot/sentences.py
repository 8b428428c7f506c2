"""Sentence spans and content terms: the small text tools that citations and extraction share."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.base.text import english_stemmer, option_words

# not after an initial ("Ian A. Murdock"): a single capital letter and its full stop end no sentence; nor an
# abbreviation before its number ("Jan. 1, 2005", "Fig. 3", "No. 5"), nor "et al." before its year ("Becker et
# al. (1988) define it"), nor "e.g." and "i.e." (or "eg.", "ie.") before what they introduce ("(e.g. NFS or
# Lustre)", "(eg. TERM=xterm-256color irssi)"), nor "vs." before what it is set against
# a line break alone ends one too: cleaning joins a paragraph's lines, so only a code block's lines are left apart
_NUMBERED_ABBREVIATION = (r"(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Fig|Vol|Sec|Eqn|Nos)\.)|"
                          r"(?<=\b(?:Sept|Figs)\.)|(?<=\b(?:No|Nr|Ch|pp|Eq)\.)|(?<=\bp\.)")
# a dot after a space with its name in brackets after it ends nothing: "select - (Dash) or . (Period)"
_SENTENCE_END = re.compile(rf"(?<!\b[A-Z]\.)(?<!\b[Ee]\.g\.)(?<!\b[Ii]\.e\.)(?<!\b[Ee]g\.)(?<!\b[Ii]e\.)(?<!\bvs\.)"
                           rf"(?<=[.!?\u2026])(?!(?<=[ \t]\.)[ \t]+\()"
                           rf"(?!(?:{_NUMBERED_ABBREVIATION})[ \t]+\d|"
                           r"(?<=\bet al\.)[ \t]+[(\[]?\d)"
                           r"[\"'\u201d\u2019)\]]*\s+"
                           r"(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u2022])|\n\s*\n+|[ \t]*\n[ \t]*")
# a line typed at Python's prompt (">>> ", "... "); not a shell's "$ ", which scraped pages run on into its output
_PROMPT_LINE = re.compile(r"[ \t]*(?:>>>|\.\.\.)[ \t]")
BULLET = re.compile(r"^[\u2022\u25cf\u25aa*+-]\s+")   # a list item's mark, left outside its sentence
NUMBERED_ITEM = re.compile(r"\d{1,3}[.)]\s")   # a numbered list item's opening, kept in its sentence ("1. Everything")
_ENUMERATOR = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.")
_WORD = re.compile(r"\w+")
STOPWORDS = frozenset("""a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now
of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves""".split())


@dataclass(frozen=True)
class SentenceSpan:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[SentenceSpan]:
    """Sentences of text with their exact offsets; a leading list bullet is left outside the span."""
    spans: list[SentenceSpan] = []
    pos = 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        if match and "\n" not in match.group(0) and \
                _PROMPT_LINE.match(text, text.rfind("\n", 0, match.start()) + 1):
            continue   # one line of code: '>>> m = ID3("08. Firestarter.mp3")'
        end = match.start() if match else len(text)
        # keep closing quotes/brackets that the lookbehind left before the whitespace
        piece_end = end
        while piece_end < len(text) and match and text[piece_end] in "\"'\u201d\u2019)]":
            piece_end += 1
        _add_span(spans, text, pos, piece_end)
        pos = match.end() if match else len(text)
    return _enumerators_joined(spans, text)


def _enumerators_joined(spans: list[SentenceSpan], text: str) -> list[SentenceSpan]:
    """A span that is only a number's label ("7.", "3.2.") joined to the sentence it numbers: "7. Security
    Configurations is part of ..." (a numbered title in a record) is one sentence, not "7." and the rest."""
    out: list[SentenceSpan] = []
    for span in spans:
        if out and _ENUMERATOR.fullmatch(out[-1].text) and text[out[-1].end:span.start].strip() == "":
            label = out.pop()
            span = SentenceSpan(label.start, span.end, text[label.start:span.end])
        out.append(span)
    return out


def _add_span(spans: list[SentenceSpan], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    start += lead
    bullet = BULLET.match(text[start:end])
    if bullet:
        start += bullet.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(SentenceSpan(start, end, text[start:end]))


def content_terms(text: str) -> set[str]:
    """Stemmed words that carry meaning (stop words and one-letter words out)."""
    words = [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]
    return set(english_stemmer().stemWords(words))


def lexical_terms(text: str) -> set[str]:
    """Its content terms and its options, stemmed as BM25 reads them ("-O" is a term of its own)."""
    return content_terms(text) | set(english_stemmer().stemWords(option_words(text)))


class TermWeights:
    """How much each (stemmed) question word counts: its BM25 inverse document frequency in the corpus.

    A word the corpus never uses counts the most, so a question about something the essays never mention
    is not covered by their common words.
    """

    def __init__(self, idf: dict[str, float], unseen: float):
        self._idf = idf
        self._unseen = unseen

    @classmethod
    def uniform(cls) -> TermWeights:
        return cls({}, 1.0)

    @classmethod
    def from_document_frequencies(cls, df: dict[str, int], documents: int) -> TermWeights:
        def idf(n: int) -> float:
            return math.log(1.0 + (documents - n + 0.5) / (n + 0.5))
        return cls({t: idf(n) for t, n in df.items()}, idf(0))

    def weight(self, term: str) -> float:
        return self._idf.get(term, self._unseen)

    def coverage(self, wanted: set[str], held: set[str]) -> float:
        """Weighted share of wanted terms that are held (0 when nothing is wanted)."""
        total = sum(self.weight(t) for t in wanted)
        return sum(self.weight(t) for t in wanted & held) / total if total else 0.0


RARE_ZIPF = 2.0   # words rarer than this in English (wordfreq's Zipf scale) are taken as names


COMMON_ZIPF = 4.5   # words at least this frequent in English ("leave", "use", "put") are everyday words


def is_common_word(word: str) -> bool:
    """An everyday English word (Zipf frequency COMMON_ZIPF or more in the wordfreq package's lists)."""
    return _zipf(word.lower()) >= COMMON_ZIPF


def is_rare_word(word: str) -> bool:
    """Rare in English at large (Zipf frequency below RARE_ZIPF, from the wordfreq package's lists): in these
    texts, programs, packages and terms ("debhelper", "docopt")."""
    return _zipf(word) < RARE_ZIPF


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # its word lists load on first use, not at import
    return zipf_frequency(word, "en")
