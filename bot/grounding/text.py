"""How the citation check reads a text: its tokens, stems, options and names, and the word lists its checks
share.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from bot.base.records import VerdictStatus
from bot.base.text import MONTHS, english_stemmer
from bot.sentences import STOPWORDS
from ingest.textnorm import normalize_for_match

# words that open another condition after "and"/"or", which ends the clause before it
_NEW_CONDITION = {"if", "when", "unless", "whenever", "because", "where"}
_CONDITIONS = {"if", "when", "whenever", "provided"}
_CONDITIONS_OR_UNLESS = _CONDITIONS | {"unless"}
_CLAUSE_BREAK = re.compile(r"[,;:.!?)]|\s-+\s")   # a closing bracket or a spaced dash ends a clause too
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W\d_]+)?(?:[.,][0-9]+)*")   # letters of any alphabet: "Kuře" is one word
_NOT_LACKING = {"nevertheless", "nonetheless", "regardless", "doubtless"}   # "-less" words that lack nothing
# "no matter what order": "regardless of"; "no more than one": a bound ("at most one"), which the bound
# rules read
_NOT_DENYING_AFTER = {"no": {"matter", "doubt", "more", "less", "fewer", "later"}, "never": {"mind"},
                      "nothing": {"more", "less", "but"}}   # "nothing more than a password": only a password
# Each quantifier's classes; two words agree when they share one ("everyone" / "all"; "made entirely of" /
# "made solely of").
_QUANTIFIERS = {"all": {"all"}, "every": {"all"}, "each": {"all"}, "everyone": {"all"}, "everything": {"all"},
                "entire": {"all"}, "whole": {"all"}, "always": {"always"}, "only": {"only"}, "alone": {"only"},
                "sole": {"only"}, "solely": {"only"}, "exclusively": {"only"}, "entirely": {"all", "only"},
                "wholly": {"all", "only"}}
_PREPOSITIONS = {"of", "without", "with", "for", "from", "by", "after", "before", "during", "until", "into", "in", "on",
                 "at"}
# a verb's subject in an object relative clause ("tips you can read"): _object_relative
_SUBJECT_PRONOUNS = {"you", "we", "they", "i", "he", "she"}
# Words that open sentences without naming anything (the first word of a sentence is capitalised anyway).
_OPENERS = {"besides", "although", "though", "however", "moreover", "also", "yet", "still", "thus", "hence",
            "instead", "overall", "today", "currently", "here", "there", "in", "on", "at", "for", "since", "as",
            "according", "after", "before", "while", "when", "where", "whereas", "unlike", "like", "even", "many",
            "most", "some", "several", "few", "every", "each", "all", "any", "no", "none", "one", "two", "this",
            "these", "those", "such", "its", "their", "our", "your", "his", "her", "it", "they", "we", "you",
            "apart", "aside", "beyond", "despite", "regardless", "given", "together", "often", "sometimes", "then",
            "now", "later", "first", "finally", "next", "once", "whether", "unless", "if", "because", "so",
            "other", "another", "both", "either", "neither", "much", "more", "less", "only", "just", "again",
            "otherwise", "therefore", "meanwhile", "except", "furthermore", "additionally", "similarly", "likewise",
            "rather", "indeed", "perhaps", "usually", "generally", "typically", "always", "never", "upon",
            "within", "without", "through", "during", "under", "over", "above", "below", "between", "among",
            "using", "thanks", "people", "anyone", "someone", "everyone", "nobody", "users", "developers",
            "maintainers", "whichever", "whenever", "wherever", "whatever", "whoever", "nowadays",
            "afterwards", "thereafter", "beforehand", "altogether", "anyway", "elsewhere", "everywhere",
            # sentence adverbs: "Unfortunately LMTP process currently needs to run as root"
            "unfortunately", "fortunately", "luckily", "ideally", "normally", "basically", "essentially",
            "obviously", "clearly", "alternatively", "consequently", "accordingly", "naturally", "notably",
            "specifically", "ultimately", "eventually", "initially", "originally", "previously", "recently",
            "optionally", "preferably", "hopefully", "technically", "practically", "importantly"}
_POINTING_BACK = {"this", "these", "that", "those", "it", "they", "such"}   # a sentence's first word
_IMPERATIVES = {("make", "sure"): {"obligation", "advice"}, ("be", "sure"): {"obligation", "advice"},
                ("remember", "to"): {"obligation", "advice"}, ("take", "care"): {"obligation", "advice"},
                ("good", "practice"): {"advice"}, ("good", "idea"): {"advice"}, ("best", "practice"): {"advice"},
                ("advisable", "to"): {"advice"}}
_CONTROL_KEY = {"control", "ctrl", "ctl"}
_CHORDED = re.compile(r"-\w(?!\w)")                       # "-P" after "Control": a key pressed with it
# ("nothing more than a password" compares nothing: it is "only a password")
_COMPARATIVE = re.compile(r"\b(?<!nothing )(?:(more|less|fewer|better|worse)\b[^.;:]{0,90}?|"
                          r"(?!other\b|rather\b)([a-z]+er)\s+(?:(?!other\b|rather\b)[a-z]+\s+)?|"
                          # a common comparative a few words before its "than" ("faster on Python 3.8+ than")
                          r"(faster|slower|quicker|larger|smaller|bigger|higher|lower|longer|shorter|cheaper|safer|"
                          r"simpler|stronger|weaker|newer|older|greater)\s+(?:[\w.+-]+\s+){1,4}?)than\b",
                          re.IGNORECASE)
# words ending in -er that compare nothing: "a higher release number than"
_ER_NOUNS = {"number", "order", "user", "server", "parameter", "character", "buffer", "filter", "header", "layer",
             "member", "cluster", "computer", "container", "folder", "register", "letter", "master", "matter", "power",
             "paper", "under", "over", "after", "never", "either", "whether", "per", "ever", "however", "whatever",
             "driver", "handler", "manager", "compiler", "owner", "browser", "reader", "writer", "worker", "peer"}
_EXCEEDING_WORDS = {"exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses"}   # "meets or exceeds"
# "other than" and "rather than" compare nothing, nor does a word ending in -er before them ("INTEGER rather
# than REAL"); "more secure (from a software point of view) than" does
# a quantity in figures or in words ("31,000", "a hundred", "two dozen", "twelve")
_QUANTITY = (r"(?:[0-9][0-9,]*|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+)?"
             r"(?:hundred|thousand|million|billion|dozen)s?|one|two|three|four|five|six|seven|eight|nine|ten|"
             r"eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b")
_COMPARISON_WAYS = {"up": {"more", "larger", "greater", "bigger", "higher", "longer", "wider", "heavier", "faster",
                            "quicker", "older", *_EXCEEDING_WORDS},
                    "down": {"less", "fewer", "smaller", "lower", "shorter", "narrower", "lighter", "slower",
                             "newer", "younger"}}
_BE = {"be", "been", "being", "is", "are", "was", "were", "am"}
_NUMBER_WORDS = {"zero": "0", "one": "1", "once": "1", "single": "1", "two": "2", "twice": "2", "both": "2",
                 "three": "3", "thrice": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                 "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "hundred": "100",
                 "thousand": "1000", "million": "1000000", "billion": "1000000000", "dozen": "12"}
_ONE_AS_PRONOUN_AFTER = {"which", "the", "this", "that", "each", "every", "no", "any", "some", "a", "another",
                         "only", "such", "new", "old", "right", "wrong", "last", "first", "next", "latter"}


_MONTH_ABBREVIATIONS = {month[:3]: month for month in MONTHS if month != "may"} | {"sept": "september"}


@dataclass(frozen=True)
class _Text:
    """A text as tokens (lowercase), with content stems and where each token sits."""

    raw: str
    tokens: tuple[str, ...]
    stems: tuple[str, ...]
    breaks: frozenset[int] = frozenset()   # tokens followed by a comma, colon, semicolon or full stop
    written: tuple[str, ...] = ()          # the tokens as written: capitals kept, an option's dash ("-i")
    options: frozenset[int] = frozenset()  # tokens written as a command-line option ("-i")
    hyphened: frozenset[int] = frozenset() # tokens joined to the one before by a hyphen ("only" of "read-only")

    @cached_property
    def content(self) -> frozenset[str]:
        """The stems of its content words (read once: most checks ask for them)."""
        return frozenset(s for i, (t, s) in enumerate(zip(self.tokens, self.stems))
                         if _is_content(t) and not (t == "one" and _pronoun_one(self.tokens, i)))

    def clause_after(self, at: int) -> range:
        """Positions after `at` up to the end of its clause ("not officially supported, supporting it" stops
        at the comma; "if they are not already set and if the method is safe" at the second condition)."""
        end = next((i + 1 for i in range(at, len(self.tokens)) if i in self.breaks or (
            i + 2 < len(self.tokens) and self.tokens[i + 1] in ("and", "or") and self.tokens[i + 2] in _NEW_CONDITION)),
            len(self.tokens))
        return range(at + 1, end)

    def clause_before(self, at: int, reach: int) -> range:
        """Positions before `at` back to the start of its clause, at most `reach` of them."""
        start = at
        while start > 0 and start - 1 not in self.breaks and at - start < reach:
            start -= 1
        return range(start, at)


# British spelling read as American for the stems, on both sides alike: "initialises" is "initializes",
# "analysed" "analyzed"
_AMERICAN = re.compile(r"(?<=\w\w\w)([iy])s(e|es|ed|ing|ation|ations)$")


def _american(word: str) -> str:
    # the pattern needs "is" or "ys": most words have neither, and skipping them saves a regex call per token
    return _AMERICAN.sub(r"\1z\2", word) if "is" in word or "ys" in word else word


def _stem(word: str) -> str:
    """A word's stem, British spelling read as American (as _read reads every token)."""
    return english_stemmer().stemWord(_american(word))


@lru_cache(maxsize=1024)   # one check reads its passage's sentences and the essay's title several times
def _read(text: str) -> _Text:
    normalized = normalize_for_match(text, casefold=False)
    found = list(_TOKEN.finditer(normalized))
    words = [m.group(0) for m in found]
    starts = [m.start() for m in found]
    # "Control-P", "CTRL-P" and "Ctl-P" are one key
    tokens = tuple("ctrl" if low in _CONTROL_KEY and _CHORDED.match(normalized, m.end()) else low.replace(",", "")
                   for m, low in zip(found, (w.lower() for w in words)))
    # a month abbreviated beside a number is the month: "1-Jan-1970" is "1 January 1970"
    months = [_MONTH_ABBREVIATIONS[t] if t in _MONTH_ABBREVIATIONS and any(
        tokens[j][:1].isdigit() for j in (i - 1, i + 1) if 0 <= j < len(tokens)) else None
        for i, t in enumerate(tokens)]
    tokens = tuple(month or t for month, t in zip(months, tokens))
    words = [month.capitalize() if month else w for month, w in zip(months, words)]
    stems = tuple(english_stemmer().stemWords([_american(t.split("'")[0]) for t in tokens]))
    # a clause ends at a token whose gap to the next holds a break; a break inside a token ("1.5") ends nothing
    ends = [m.end() for m in found]
    breaks: set[int] = set()
    for mark in _CLAUSE_BREAK.finditer(normalized):
        i = bisect_right(ends, mark.start()) - 1   # the last token that ends before the mark
        if 0 <= i < len(found) - 1 and mark.end() <= starts[i + 1]:
            breaks.add(i)
    options = frozenset(i for i, s in enumerate(starts)
                        if s >= 1 and normalized[s - 1] == "-" and (s == 1 or normalized[s - 2] == " "))
    written = tuple(("-" if i in options else "") + w for i, w in enumerate(words))
    hyphened = frozenset(i for i, s in enumerate(starts) if i and s >= 2 and normalized[s - 1] == "-" and
                         ends[i - 1] == s - 1)
    return _Text(text, tokens, stems, frozenset(breaks), written, options, hyphened)


Finding = tuple[VerdictStatus, str] | None   # (status, reason)


def _pronoun_one(tokens: tuple[str, ...], at: int) -> bool:
    """"which one applies", "the one that", "one of", "one another": "one" that counts nothing."""
    before = tokens[at - 1] if at else ""
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return before in _ONE_AS_PRONOUN_AFTER or after in ("of", "") or after.startswith("another") or \
        (after in STOPWORDS and after not in _NUMBER_WORDS)


# a file or folder: "/etc/dput.d/", "~/.dput.d/scripts/arno.py", "debian/source/format"; not "and/or"
_PATH = re.compile(r"(?<![\w.~/])(?:~|\.{1,2})?/[\w.+-]+(?:/[\w.+-]+)*/?|(?<![\w./~])[\w.+-]+(?:/[\w.+-]+){2,}/?")


# "f()", "environment(f)", "read.table(file)": a function named or called with short arguments
_CALLED = re.compile(r"(?<![\w.])([A-Za-z_][\w.]*)\([^()\s]{0,20}\)")
SEQUENCE_REACH = 3   # content words on each side of "then" that a sequence's steps are read from


def _content_positions(text: _Text) -> list[int]:
    return [i for i, t in enumerate(text.tokens) if _is_content(t)]


def _names_the_referent(name: str, word: str, context: str) -> bool:
    """The answer's name for what the passage calls by its kind: "LoginRequiredMixin" for "this mixin" under the
    heading "LoginRequiredMixin". The name ends with the passage's word and the context (the passage's heading,
    the essay's title) gives it."""
    return len(name) > len(word) + 2 and name.lower().endswith(word.lower()) and \
        re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", context, re.IGNORECASE) is not None


def _is_content(token: str) -> bool:
    return token not in STOPWORDS and len(token) > 1
