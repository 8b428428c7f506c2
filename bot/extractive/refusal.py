"""When the passages do not answer: a name the question gives that no passage mentions, or an answer that
lacks what the kind of question asks for (a date, a count, a licence...)."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.answer_kinds import (
    KIND_CUES,
    asks_for_default,
    is_year,
    required_kind,
    states_default,
)
from bot.base.records import Passage
from bot.base.text import MONTHS
from bot.extractive.scoring import ScoredSentence
from bot.extractive.terms import _QUESTION_END, _WORDS, anchor_aliases
from bot.sentences import (
    STOPWORDS,
    is_rare_word,
    split_sentences,
)
from ingest.textnorm import normalize_for_match

_SENTENCE_START = re.compile(r"(?:^|[.?!]\s+)([\w\u2019'-]+)")
_CALLED_NAME = re.compile(r"(?<![\w.])([A-Za-z_][\w.]*\w)\(\)")   # "strparam()", "etree.XSLT.strparam()"
# a name: capitalised ("India"), a number ("2019"), or an identifier in lower case, which holds a digit, an
# underscore or an inner dot ("amd64", "max_loop", "genorig.py")
_ANCHOR = re.compile(r"(?<![\w-])--[a-z][\w-]*[a-z\d]|"       # a long option: "--keep-within"
                     r"\b(?:[A-Z][\w&\u2019'-]*(?:/\d+(?:\.\d+)*\b)?|"   # a name, or a protocol's version: "HTTP/2"
                     # an identifier ending in one digit too: "blowfish2", "python3"
                     r"[a-z][\w-]*(?:\d(?:[\w.-]*\w)?|(?:_|\.[a-z])[\w.-]*\w)|"
                     # a number; with letters after it, a command or a name ("3dw", "2ge", "4K") unless a unit or
                     # an ordinal ("16GB", "2nd"), read in anchor_terms
                     r"\d[\d,.]*\d(?:[A-Za-z][\w-]*)?|\d(?:[A-Za-z][\w-]*)?)")
_NUMBER_WITH_LETTERS = re.compile(r"(\d[\d,.]*)([A-Za-z][\w-]*)")
_ORDINALS = {"st", "nd", "rd", "th", "s"}    # "2nd", "1990s": the number is what is asked about
_VERSION = re.compile(r"\d+(?:\.\d+)+")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")          # "WebSocket", "OpenSSL": a name written as itself
_NOT_NAMES = {"I", "OK", "OKAY"}             # capitals that name nothing: "Is it OK to ..."
# acronyms of a kind of thing, not of one thing: "the Perl API" asks about Perl, whatever a passage calls its API;
# "our CI job" is the asker's setting, which no passage needs to name
_KIND_ACRONYMS = {"API", "APIS", "CLI", "GUI", "UI", "URL", "URLS", "URI", "URIS", "CI", "IDE", "IDES", "OS", "VM",
                  "VMS"}
# units of size and speed: "16 GB" names no thing, and the text may write it "16G"
_UNITS = {"kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "k", "m", "g", "t", "ghz", "mhz", "ms"}
_PLACEHOLDERS = {"foo", "bar", "baz", "qux", "spam", "eggs"}   # programmers' stand-in names
# "[0", "(2", "( 7", "**8", "= 1", "= 1, 2"
_CODE_BEFORE = re.compile(r"(?:[\[(*+/%<>]\s?|=\s?(?:[\w.'\"]+,\s?)*)$")
_CODE_AFTER = re.compile(r"\s?[\])*+/%]")                # "0]", "2)", "7 /", "2**"
# a value the user saw against the one they expected: "prints 3 instead of 3.5", "gives 9 rather than -9"
_CONTRAST = r"\s+(?:instead of|rather than)\s+"
_OBSERVED_BEFORE = re.compile(rf"\d{_CONTRAST}-?$")
_OBSERVED_AFTER = re.compile(rf"{_CONTRAST}-?\d")
# a number among the user's examples: "numbers like 01 02 ... 10", "a sequence such as {1..10}"
_EXAMPLE_BEFORE = re.compile(r"\b(?:like|such as|e\.g\.,?|for example,?|for instance,?)\s+(?:\S+\s+){0,4}\S*$",
                             re.IGNORECASE)
# what a number counts: "5 copies", "300-page report" (a word in the plural, or a noun joined to it)
_COUNTED_AFTER = re.compile(r"(?:\s+[a-z]{3,}s\b|-[a-z]{3,}\b)")
_WORD_BEFORE = re.compile(r"([\w.-]+)\s+$")
_ARGUMENT_BEFORE = re.compile(r"(?<![\w-])-{1,2}[A-Za-z#][\w-]*\s+$")   # "lp -n 5": the user's own value
# the value the user wants something to take: "how do I make my invoice numbers start at 1000", "I want it set to 5"
_WANTED_BEFORE = re.compile(r"\bhow (?:do|can|could|should|would) (?:i|we|you|one)\b[^?.;]{0,60}?\b(?:start|begin|set|"
                            r"change|increase|decrease|raise|lower|limit|reduce)\w*\s+(?:[\w'-]+\s+){0,3}?(?:at|to)\s+$|"
                            r"\b(?:i|we) (?:want|need|would like|wish)\b[^?.;]{0,60}?\b(?:at|to|from)\s+$",
                            re.IGNORECASE)
# a string in the user's own code: `files="notes.txt todo.txt"` (its words are their data, not a name)
_CODE_SPAN = re.compile(r"`[^`]+`")
_CODE_STRING = re.compile(r"\"[^\"]*\"|'[^']*'")
# "Ctrl-S", "Control-S", "C-s", "^S": one key, written as terminals and editors write it
_KEY_CHORD = re.compile(r"(?:ctrl|control|c)-([a-z])")
_SIGNAL = re.compile(r"(?:usr|hup|term|kill|int|quit|chld|alrm|winch)\d?")   # a signal named without its SIG
PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z\d]+s")  # "PCs", "CPUs", "MP3s": a kind of thing, not a name
# a plain lower-case word, not part of a name or of a path ("/srv/applogs" is the user's own folder)
_LOWER_WORD = re.compile(r"(?<![\w./-])[a-z]{4,}(?![\w./-])")


# an everyday word hyphened to a name says what kind of thing has to do with the name: "PLY-based",
# "Redis-compatible", "Django-specific"
_NAMED_KIND = re.compile(r"-(?:based|like|style|compatible|powered|driven|specific|enabled|aware|only|related|"
                         r"friendly|oriented|centric|ready|backed|generated|managed)$", re.IGNORECASE)


def anchor_terms(question: str) -> list[str]:
    """Names, acronyms, identifiers, long options and numbers the question is specifically about ("India",
    "NHS", "amd64", "--keep-within", "2019").

    Capitalised words that only start a sentence are not anchors ("What", "Why").
    """
    starts = {m.start(1) for m in _SENTENCE_START.finditer(question)}
    data = _code_string_words(question)
    anchors = []
    for m in _ANCHOR.finditer(question):
        word = m.group(0) if m.group(0).startswith("--") else \
            re.sub(r"['\u2019](?:s|d|m|ve|ll|re)$", "", m.group(0)).strip("'\u2019-.,")   # "NHS's", "I'd"
        word = _NAMED_KIND.sub("", word) or word   # "a PLY-based parser" names PLY
        if (glued := _NUMBER_WITH_LETTERS.fullmatch(word)) and glued.group(2).lower() in _UNITS | _ORDINALS:
            word = glued.group(1).rstrip(",.")
        if question[m.end():m.end() + 1] == "*":   # "the settings_set_* functions": any name it begins
            word += "*"
        if word and (m.start() not in starts or (word.isupper() and len(word) > 1)) and word not in _NOT_NAMES \
                and word.upper() not in _KIND_ACRONYMS \
                and word.lower() not in _UNITS \
                and not PLURAL_ACRONYM.fullmatch(word) and not is_placeholder(word) \
                and not _in_code(question, m) and not _users_own_number(question, m) \
                and word not in data:
            anchors.append(word)
    # a function the question calls by a name rare in English ("What does etree.XSLT.strparam() do?"): the
    # passages must name it; a called everyday word ("open()") may be a passage's word for something else
    anchors += [name for m in _CALLED_NAME.finditer(question)
                if is_rare_word(name := m.group(1).rsplit(".", 1)[-1]) and name not in data]
    return list(dict.fromkeys(anchors))


def asked_sentence(question: str) -> str:
    """The sentence that asks, when the asker first sets out their situation ("Our CI job runs black --check.
    Which exit codes can it return?"): the names of the situation are the asker's setting, which a passage that
    answers need not repeat; the names the question itself gives must be in the passages. Offline over every
    first run (sets 1-69): false refusals 152 -> 112 of 2,499, unanswerable answered 319 -> 320 of 804."""
    spans = split_sentences(question)
    return spans[-1].text if len(spans) > 1 and _QUESTION_END.search(spans[-1].text) else question


def missing_anchors(question: str, passages: Sequence[Passage], lead_ins: Sequence[str] = (),
                    names_only: bool = False, titles: Sequence[str] = (),
                    names_the_collection: Callable[[str], bool] | None = None) -> list[str]:
    """Anchor terms that no retrieved passage, title, section, author or publisher mentions (with names_only,
    only names and years: "Bookworm", "DebConf17", "2010", not "7.0" or "12").

    A word matches when equal, or for words of four letters or more when it shares their first four
    ("Chinese" finds "China"), so that the essays' own wording of a name still counts; a word with a digit,
    or a long word in capitals (an identifier: "FUNCNEST" is not "functions"), must be there as it is.
    lead_ins: the text just before each passage, where what it speaks of is often named ("Debian 3.1 Sarge
    (6 June 2005): ... This release features a new installer"). titles: the titles
    of the essays in the collection; one the question names whole says where to look ("... according to the
    APT User's Guide", whose chapters' passages carry only their own titles). names_the_collection: whether
    a word is what the whole collection is about ("Git" in git's manual pages): such a word is no anchor.
    """
    haystack = " ".join(" ".join(x for x in (p.text, p.title, p.section, p.author, p.meta.collection,
                                              p.meta.publisher) if x)
                        for p in passages) + " " + " ".join(lead_ins)
    asked = normalize_for_match(question)
    haystack += " " + " ".join(t for t in titles if len(t.split()) > 1 and normalize_for_match(t) in asked)
    words = {w.lower() for w in _WORDS.findall(haystack)}
    lowered = haystack.lower()

    def mentioned(name: str, whole: bool = False) -> bool:
        if name.endswith("*"):
            return any(w.startswith(name[:-1]) for w in words)
        if name.startswith("--"):   # an option is there whole, or as its setting's name ("keep_within")
            return any(re.search(rf"(?<!\w){re.escape(form)}(?![\w-])", lowered)
                       for form in (name[2:], name[2:].replace("-", "_")))
        pieces = _WORDS.findall(name) or [name]
        if _SIGNAL.fullmatch(name) and "sig" + name in words:
            return True   # "kill -USR1" sends SIGUSR1
        if chord := _KEY_CHORD.fullmatch(name):
            key = chord.group(1)
            return re.search(rf"(?<![\w-])(?:\^|ctrl-|control-|c-){key}(?!\w)", lowered) is not None
        if name.lower() == "ctrl":   # the key, written "control" or as the caret of its chords ("^C, ^Q")
            return re.search(r"(?<![\w-])(?:\^[a-z\\]|ctrl\b|control\b)", lowered) is not None
        if "/" in name:   # "HTTP/2" is not HTTP and a 2 somewhere; "HTTP/1.1" is not in "HTTP/1.10"
            return re.search(rf"(?<![\w/]){re.escape(name)}(?!\w|\.\d)", lowered) is not None
        if len(pieces) > 1 and " " in name:
            return name in lowered
        if "-" in name and any(ch.isdigit() for ch in name) and \
                any(w.startswith(name.replace("-", "")) for w in words):
            return True   # "Latin-1" glued into a name: "Latin1Prober"
        if _VERSION.fullmatch(name):   # "3.3" is not in "3.2.6" however many threes it has; "3.2" is, and
            # "7.0" is in "The 7.x Releases"
            return any(re.search(rf"(?<![\w.]){re.escape(form)}(?![\w])", lowered)
                       for form in (name, name.split(".")[0] + ".x"))
        # a word with a digit or an underscore in it is an identifier ("DebConf22", "7.0", "mod_md", which is
        # not "mod_rewrite"): only itself will do, or its plural ("LANs"), or a number with its unit ("16" in "16G")
        return all(p in words or p + "s" in words or p + "d" in words   # "SSH" in "sshd", its daemon
                   or (len(p) >= 4 and not whole and not any(ch.isdigit() or ch == "_" for ch in p)
                       and any(_named_alike(p, w) for w in words))
                   or (p.isdigit() and any(w.startswith(p) and w[len(p):] in _UNITS for w in words)) for p in pieces)

    def spelled_out(name: str) -> bool:
        """An acronym by the capitalised words it stands for ("FAQ": "Frequently Asked Questions"); a name and
        its number glued together and shortened ("Windows 95": "Win95")."""
        if name.isalpha() and name.isupper() and 3 <= len(name) <= 6:
            return re.search(r"\b" + r"[\s-]+".join(f"{c}[a-z]+" for c in name) + r"\b", haystack) is not None
        if name.isdigit():
            glued = re.search(rf"\b([A-Za-z]{{3,}})\s+{re.escape(name)}\b", question)
        else:
            glued = re.search(rf"\b({re.escape(name)})\s+(\d+)\b", question)
        if glued is None:
            return False
        word, number = (glued.group(1), name) if name.isdigit() else (name, glued.group(2))
        return re.search(rf"\b{re.escape(word[:3].lower())}[a-z]*{number}\b", lowered) is not None

    aliases = anchor_aliases()
    anchors = [a for a in anchor_terms(question)
               if not names_only or any(ch.isalpha() for ch in a) or is_year(a)]
    # a long word in capitals is an identifier ("FUNCNEST", "TIMEFMT"): "functions" does not mention it; nor
    # does "websites" mention a name with a capital inside ("WebSocket")
    missing = [anchor for anchor in anchors
               if not any(mentioned(name, whole=(anchor.isupper() and len(anchor) >= 5)
                                    or bool(_INNER_CAPITAL.search(anchor)))
                          for name in (anchor.lower(), *aliases.get(anchor.lower(), ()), *_abbreviations(anchor)))
               and not spelled_out(anchor)]
    if not names_only:
        def found(word: str) -> bool:
            return any(_spelled_alike(form, words) for form in _unnegated_forms(word))

        # "Is it lexically or dynamically scoped?": one alternative named is enough, the question asks which
        missing += [word for word in rare_words(question) if not found(word) and
                    not any(found(other.lower()) for other in _alternatives(question, word))]
    return [anchor for anchor in missing if names_the_collection is None or not names_the_collection(anchor)]


# what a name's other forms end in once its last vowel is dropped: "China" / "Chinese", "Europe" / "European",
# "Germany" / "Germans", "Arabia" / "Arabic", "redirect" / "redirects"
_NAME_ENDINGS = frozenset({"", "s", "es", "d", "ed", "n", "ns", "an", "ans", "ian", "ians", "ean", "eans", "ese",
                           "ic", "ics", "c", "ish", "al", "ing", "er", "ers", "ern", "erns", "ism", "ist", "ists"})


def _named_alike(name: str, word: str) -> bool:
    """One is the other's form ("China" / "Chinese"): the shorter, less a final vowel, begins the longer, which
    goes on with an ending of _NAME_ENDINGS. Sharing their first letters is not enough: "Redis" is no
    "redirects", "conda" no "condition"."""
    short, long = sorted((name, word), key=len)
    stem = short[:-1] if short[-1] in "aeiouy" and len(short) > 4 else short
    return long.startswith(stem) and long[len(stem):] in _NAME_ENDINGS


def _abbreviations(anchor: str) -> tuple[str, ...]:
    """A month's short forms ("January 15" is "Jan 15" in GnuCash's manual); not the other way round: "APR" in a
    question about interest is no April."""
    name = anchor.lower()
    if anchor[:1].isupper() and name in MONTHS:
        return (name[:3], "sept") if name == "september" else (name[:3],)
    return ()


def _in_code(question: str, m: re.Match[str]) -> bool:
    """A number written as part of the user's own code ("items[0]", "x = 1", "2**8", "`head -5`"): a value of
    their example, which no passage needs to repeat."""
    if not m.group(0)[0].isdigit():
        return False
    before, after = question[:m.start()], question[m.end():]
    return bool(_CODE_BEFORE.search(before) or _CODE_AFTER.match(after)
                or any(span.start() < m.start() < span.end() for span in _CODE_SPAN.finditer(question)))


def _users_own_number(question: str, m: re.Match[str]) -> bool:
    """A number that is the user's own, not what they ask about: one they report seeing, or expected, set
    against the other ("prints 3 instead of 3.5"); one counting their own things ("when I print 5 copies",
    "my 300-page report"); the value they give an option ("lp -n 5") or want a setting to take ("how do I make
    invoice numbers start at 1000"); one among their examples ("zero-padded
    numbers like 01 02 ... 10"). A passage explains why or how, and need not repeat it. A year, a number
    after a name ("Debian 12 systems") and a release among examples ("releases like 5.9") are asked about."""
    if not m.group(0)[0].isdigit():
        return False
    before = question[:m.start()]
    after_name = (name := _WORD_BEFORE.search(before)) is not None and name.group(1)[0].isupper() and \
        name.start(1) not in {s.start(1) for s in _SENTENCE_START.finditer(question)}
    counts_things = _COUNTED_AFTER.match(question, m.end()) is not None and not after_name and \
        not is_year(m.group(0))
    return bool(counts_things or _ARGUMENT_BEFORE.search(before) or _WANTED_BEFORE.search(before)
                or _OBSERVED_BEFORE.search(before)
                or _OBSERVED_AFTER.match(question[m.end():])
                or ("." not in m.group(0) and _EXAMPLE_BEFORE.search(before) is not None))


def _code_string_words(question: str) -> set[str]:
    """The words inside quoted strings of the user's own code (`files="notes.txt todo.txt"`): their data,
    wherever else the question repeats them ("no file called 'notes.txt todo.txt'")."""
    return {m.group(0).strip("'\u2019-.,") for span in _CODE_SPAN.finditer(question)
            for string in _CODE_STRING.finditer(span.group(0)) for m in _ANCHOR.finditer(string.group(0))}


def rare_words(question: str) -> list[str]:
    """Lower-case words of the question that are rare in English: in a question, mostly the name of a tool or
    a package ("docopt", "loguru", "debhelper"), which a passage that answers it would name too."""
    return [w for w in dict.fromkeys(_LOWER_WORD.findall(question))
            if w not in STOPWORDS and is_rare_word(w) and all(is_rare_word(f) for f in _plainer_forms(w))
            and not is_placeholder(w)]


def is_placeholder(word: str) -> bool:
    """A name a user makes up for their own thing ("mymodule", "myscript.py", "somemodule", "foo"): no
    passage names it, and none needs to."""
    word = word.lower()
    if len(pieces := re.split(r"[_.-]", word)) > 1:   # "pam_foo.so", "my_module": built around a stand-in name
        return any(is_placeholder(piece) for piece in pieces if piece)
    return word in _PLACEHOLDERS or any(word.startswith(prefix) and len(word) > len(prefix) + 2
                                        and not is_rare_word(word[len(prefix):]) for prefix in ("my", "some"))


def _plainer_forms(word: str) -> list[str]:
    """The word without a common ending ("chattier" -> "chatty", "chatt"): a rare form of a common word is
    no name."""
    forms = [re.sub(r"i(?:er|est|ed|es)$", "y", word)]
    forms += [word[:-len(end)] for end in ("ing", "est", "er", "ed", "es", "s") if word.endswith(end)]
    # a common word with a common prefix before it ("mistype", "resync", "subdirectory", "superuser") is a user's
    # word too ("un-" is read by _unnegated_forms: "unpickled" is no kind of pickle)
    prefixed = [word[len(prefix):] for prefix in ("mis", "re", "sub", "pre", "non", "multi", "super", "inter")
                if word.startswith(prefix) and len(word) - len(prefix) >= 4]
    return [f for f in forms if f != word and len(f) >= 3] + prefixed


def _alternatives(question: str, word: str) -> list[str]:
    """The words the question sets beside word with "or" ("lexically or dynamically")."""
    w = re.escape(word)
    return re.findall(rf"\b{w}\s+or\s+([\w-]+)", question, re.I) + \
        re.findall(rf"\b([\w-]+)\s+or\s+{w}\b", question, re.I)


def _unnegated_forms(word: str) -> list[str]:
    """The word, and without a negating prefix ("unprivileged" -> "privileged"): a question about running
    unprivileged is answered by a passage on privileges."""
    return [word, *(word[len(prefix):] for prefix in ("un", "non") if word.startswith(prefix)
                    and len(word) - len(prefix) >= 5)]


def _spelled_alike(word: str, words: set[str]) -> bool:
    """The word, or another form of it ("tarballs" / "tarball", "synchronising" / "synchronize"), is among
    words: they share all but the last few letters, or one is the other plus an ending or a word. A name built on
    a word is not a form of it: "httpx" is no "http", "asyncio" no "async", "curio" no "curious"."""
    need = max(5, len(word) - 4)

    def alike(other: str) -> bool:
        if word[:need] == other[:need] and min(len(word), len(other)) > need:
            return True   # each goes on past what they share: "synchronising" / "synchronize"
        if "_" in other and word in other.split("_"):
            return True   # a part of an identifier: "cmake" in "CMAKE_MAKE_PROGRAM"
        # or one plus an ending, or a word of its own: "stylesheet" is a kind of "style", "httpx" no "http"
        return len(other) >= 4 and (_one_plus_ending(word, other) or word.startswith(other) and
                                    len(word) - len(other) >= 3 and not is_rare_word(word[len(other):]))

    return any(alike(w) for w in words) or _joined(word, words)


def _joined(word: str, words: set[str]) -> bool:
    """The word is two of words written as one ("dataclass": "data classes", "greenthread": "green thread"),
    each of three letters or more."""
    return any(word[:cut] in words and any(_one_plus_ending(word[cut:], w) for w in words if w[:3] == word[cut:cut + 3])
               for cut in range(3, len(word) - 2))


_ENDINGS = frozenset({"", "s", "es", "d", "ed", "ing", "er", "ers", "est", "ly", "y", "ies", "ied", "al", "ally",
                      "ment", "ments", "ness", "ion", "ions", "ation", "ations", "able", "ible", "ity", "ic", "ical",
                      "ize", "ized", "izes", "izing", "ise", "ised", "ises", "ising", "or", "ors"})


def _one_plus_ending(word: str, other: str) -> bool:
    """One of the two is the other plus an ending, its last letter doubled or not ("rerun" / "rerunning")."""
    short, long = sorted((word, other), key=len)
    if not long.startswith(short):
        return False
    rest = long[len(short):]
    return rest in _ENDINGS or (rest[:1] == short[-1:] and rest[1:] in _ENDINGS and rest[1:] != "")


_HEADED_KINDS = {"version", "when"}   # what a change log's heading gives each of its entries
# a change log's heading: a release, perhaps its date ("0.4.3 (22-11-2019)", "Version 2.1 - 2020-03-01", "v1.2")
# (not a numbered section: "7.5. HTTPS inspection")
_RELEASE_HEADING = re.compile(r"\s*(?:v(?:ersion)?\s*|release\s+)?\d+(?:\.\d+)+(?:[a-z]+\d*|[-+~][\w.]+)?"
                              r"(?:\s*(?:[-:\u2013\u2014]\s*)?\(?(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|"
                              r"[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})\)?)?\s*", re.IGNORECASE)


def _heading_gives(kind: str, passage: Passage, question: str) -> bool:
    """The passage's section heading is a change log's release that gives what the question asks for."""
    heading = passage.section or ""
    return kind in _HEADED_KINDS and _RELEASE_HEADING.fullmatch(heading) is not None \
        and KIND_CUES[kind](heading, question)


def lacks_asked_kind(question: str, chosen: Sequence[ScoredSentence], passages: Sequence[Passage],
                     lead_ins: Sequence[str] = (), focus: str | None = None,
                     names_the_collection: Callable[[str], bool] | None = None) -> bool:
    """A question of a required kind (a "when", "how many", "how often", "which version" ...) whose chosen
    sentences hold no date, count, frequency or version, each read in a passage
    that names what the question names (so a year beside another release does not answer "When was Debian
    12 Bookworm released?") and the year it names ("How many voted in 2010?"). Other numbers and versions
    are left to missing_anchors, which looks at every passage: "The 7.x Releases" answers for Debian 7.0.

    lead_ins: aligned with passages. focus: a follow-up's own words, which say what is asked ("How many
    people attended it?"), while the question (read with the turn before) names what it is about.
    names_the_collection: see missing_anchors.

    A question asking what a default is ("What is the default value of ban_lurker_sleep?") also needs a chosen
    sentence, or its section, that says what holds by default: passages that describe the setting without
    giving its default answered near-topic questions with its description. A default combines with a kind
    ("How long ... by default?" needs both), so it is a second requirement, not a kind.
    """
    by_n = {p.n: (p, lead_ins[i] if i < len(lead_ins) else "") for i, p in enumerate(passages)}
    # the asker's situation ("Our servers run on US Eastern time, not UTC.") names their setting, not what a
    # passage must name; a follow-up is read with the turn before, which does
    named = question if focus else asked_sentence(question)
    if asks_for_default(focus or question) and not _gives_default(named, chosen, by_n, names_the_collection):
        return True
    kind = required_kind(focus or question)
    if kind is None:
        return False
    # a change log's entry gives its release in its section's heading ("0.4.3 (22-11-2019)", then "- Add support
    # for reading content from a file-like object"), which the answer's citation shows
    holding = [by_n[n] for n in dict.fromkeys(s.n for s in chosen if KIND_CUES[kind](s.text, question)
                                               or _heading_gives(kind, by_n[s.n][0], question))]
    # each passage alone, then those holding what is asked together: a question in two parts ("Which version of
    # libnghttp2 ..., and which OpenSSL version ...?") is answered by two passages, each naming its own part
    for group in [[one] for one in holding] + ([holding] if len(holding) > 1 else []):
        if not missing_anchors(named, [p for p, _ in group], [lead for _, lead in group], names_only=True,
                               names_the_collection=names_the_collection):
            return False
    return True


def _gives_default(question: str, chosen: Sequence[ScoredSentence], by_n: dict[int, tuple[Passage, str]],
                   names_the_collection: Callable[[str], bool] | None) -> bool:
    """A chosen sentence, or its section's heading, says what holds by default, in a passage that names what
    the question names: "no mathematical functions by default" gives no default of FUNCNEST. by_n: each
    passage by its number, with its lead-in."""
    def names_it(p: Passage, lead: str) -> bool:
        # every name, year and rare word ("delaybeforesend": the setting asked about); a bare number may be split
        # off into another passage ("1.0, 1.1, 1.2, and 1.3")
        return not any(any(ch.isalpha() for ch in m) or is_year(m)
                       for m in missing_anchors(question, [p], [lead], names_the_collection=names_the_collection))

    return any((states_default(s.text) or states_default(by_n[s.n][0].section or "")) and names_it(*by_n[s.n])
               for s in chosen if s.n in by_n)
