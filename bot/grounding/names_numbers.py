"""What is named or counted: numbers, names, options, paths, addresses, quoted strings, calls and terms that
the answer gives otherwise than its evidence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.base.text import MONTHS
from bot.extractive import PLURAL_ACRONYM, anchor_aliases
from bot.grounding.negation import _opposites, _plainly_negated, _same_meaning
from bot.grounding.text import (
    _CALLED,
    _IMPERATIVES,
    _NOT_LACKING,
    _NUMBER_WORDS,
    _OPENERS,
    _PATH,
    _POINTING_BACK,
    _PREPOSITIONS,
    Finding,
    _names_the_referent,
    _pronoun_one,
    _read,
    _stem,
    _Text,
)
from bot.sentences import STOPWORDS, is_common_word, is_rare_word, split_sentences
from ingest.textnorm import normalize_for_match

_TWO_SIDES = {"either", "and", "or", "neither", "nor"}   # what "both" may restate when the passage counts nothing
# what follows an everyday verb that opens an instruction ("Leave the flag unset", "Put it after the name")
_WHAT_AN_ORDER_TAKES = {"the", "a", "an", "this", "that", "these", "those", "it", "them", "your", "its", "their",
                        "some", "any", "all", "each", "every", "no", "one"}
# words of amount or kind that open a sentence as often as they stand inside one ("Empty lines are ...")
_EVERYDAY_OPENERS = {"plenty", "lots", "empty", "blank", "numerous", "various", "certain", "different", "similar",
                     "special", "particular", "additional", "extra", "further", "specific", "typical", "usual",
                     "normal", "existing", "previous", "recent", "modern", "full", "whole", "entire", "simple",
                     "big", "large", "small", "huge", "tiny", "long", "short", "general", "generic", "common",
                     "ordinary", "basic"}
# "Built on Scheme, Script-Fu ...": a participle opening the sentence, as "Based on" does
_IRREGULAR_PARTICIPLES = {"built", "made", "written", "taken", "given", "known", "kept", "left", "held", "found",
                          "brought", "bought", "caught", "taught", "thought", "sent", "spent", "lost", "shown",
                          "seen", "done", "drawn", "driven", "grown", "hidden", "chosen", "broken", "spoken",
                          "stolen", "frozen", "forgotten", "begun", "run", "set", "put", "cut", "read", "split",
                          "shut", "struck", "stuck", "told", "sold", "meant", "understood", "bound", "wound"}
_CHORD_PLUS = re.compile(r"(?<=\w)\+(?=\w)")
_KEY_CHORD = re.compile(r"(?:control|ctrl|ctl)-(\w)")     # a name's bare form: "control-p" ("ctrl+p" read so)
# how many, not which: "several groups" is "multiple groups", not another group named by its modifier ("the QA team")
_HOW_MANY = {"several", "multiple", "many", "numerous", "various", "few", "some", "most", "other", "more", "two",
             "three", "four", "different", "separate", "distinct", "individual"}
_NAMED_BY_MODIFIER = {"team", "teams", "committee", "committees", "group", "groups", "board", "council",
                      "department", "ministry", "office", "agency", "foundation", "company", "commission",
                      "government", "court", "university", "institute", "party", "reason", "reasons",
                      # a program's parts named by the word before them: "the tracking command", "the pool directive"
                      "command", "commands", "directive", "directives", "builtin", "builtins", "plugin", "plugins",
                      "package", "packages", "flag", "flags"}
# kinds whose modifier names one only when it is no everyday word: "the semweb package" / "the http package",
# not "a basic package system" / "a simple package system"
_NAMED_BY_RARE_MODIFIER = {"package", "packages", "flag", "flags"}
_SCALES = {("hundred",), ("thousand",), ("million",), ("billion",)}
_SHARES = {"half": "50", "quarter": "25"}   # "half of all spam" is a share, told apart from "90% of all spam"
_MULTIPLIED = {"doubling": "2", "doubled": "2", "doubles": "2", "tripling": "3", "tripled": "3", "triples": "3"}
_ARITY = re.compile(r"\w//?\d")   # "put_attr/3", "attribute_goals//1": a name and its arity
_LONG_OPTION = re.compile(r"(?<![\w-])--[A-Za-z][\w-]*[A-Za-z\d]")   # "--disable-nls"
# "one benefit of this approach is ...", "one reason is ...": one of several, whose number it leaves open
_ONE_OF_SEVERAL = {(word,) for word in ("benefit", "advantage", "disadvantage", "drawback", "reason", "way",
                                         "example", "feature", "consequence", "purpose", "aspect", "goal", "use")}
_TIME_UNITS = {"day", "days", "daily", "week", "weeks", "weekly", "month", "months", "monthly", "year", "years",
               "yearly", "annually", "hour", "hours", "hourly", "minute", "minutes", "decade", "decades"}


def _numbers_in(text: _Text) -> list[tuple[str, int]]:
    found = []
    for i, token in enumerate(text.tokens):
        after = text.tokens[i + 1:i + 3]
        if token == "half" and (after[:1] in _SCALES or (after[:1] == ("a",) and after[1:] in _SCALES)):
            # "nearly a half million lines" / "half a million": 500000, and not the million after it
            scale = i + (2 if after[:1] == ("a",) else 1)   # what it counts is the word after the scale
            found.append((str(int(_NUMBER_WORDS[text.tokens[scale]]) // 2), scale))
            continue
        if token in _NUMBER_WORDS and i and text.tokens[i - 1] in ("half", "a") and \
                text.tokens[max(0, i - 2):i].count("half"):
            continue
        if token.isdigit() and i and len(text.tokens[i - 1]) > 1 and _ARITY.search(text.raw) and \
                re.search(rf"{re.escape(text.tokens[i - 1])}//?{re.escape(token)}(?!\w|\.\d)", text.raw):
            # a predicate's arity is part of its name: "copy_term/3", "attribute_goals//1" (written in lower case,
            # as predicates are: "OS/2" is a system and its number)
            continue
        if token[0].isdigit() and after[:1] == ("by",) and after[1:2] and after[1][:1].isdigit():
            found.append((f"{token}x{after[1]}", i + 2))   # "a 640 by 480 image" is "a 640x480 image"
        if token[0].isdigit():   # "16th" is 16
            found.append((re.sub(r"(?<=\d)(st|nd|rd|th)$", "", token.replace(",", "").rstrip(".")), i))
        elif token in _NUMBER_WORDS and token not in ("one", "once", "single") and i and \
                text.tokens[i - 1] == "the" and (i + 1 == len(text.tokens) or text.tokens[i + 1] in STOPWORDS):
            continue   # "choosing between the two is ...", "the three of them": the things just named, no count
        elif token in _NUMBER_WORDS and not (token == "one" and (_pronoun_one(text.tokens, i) or
                                                                 text.tokens[i + 1:i + 2] in _ONE_OF_SEVERAL)) and \
                not (token == "once" and not _counts_times(text.tokens, i)) and \
                not (token == "both" and "and" in text.tokens[i + 2:i + 30]):   # "both X and Y" counts nothing
            found.append((_NUMBER_WORDS[token], i))
        elif token in _SHARES and text.tokens[i + 1:i + 2] in (("of",), ("the",), ("their",), ("its",)):
            found.append((_SHARES[token], i))
        elif token in _MULTIPLIED:   # "doubling the maxconn value" is "twice the maxconn value"
            found.append((_MULTIPLIED[token], i))
        elif token.endswith("fold") and token[:-4] in _NUMBER_WORDS:   # "increased tenfold" / "a hundredfold"
            found.append((_NUMBER_WORDS[token[:-4]], i))
    return found


def _glued_to_a_word(number: str, raw: str) -> bool:
    """The number written against the word before it, as one token: "Windows3.x" is "Windows 3.x"."""
    return number[:1].isdigit() and re.search(rf"(?<=[A-Za-z]){re.escape(number)}(?!\d)", raw) is not None


def _in_a_name(text: _Text, at: int) -> bool:
    """The number is part of a name, after its capitalised word: "a FORTRAN 90 compiler", "Debian 12 systems"
    count no compilers and no systems."""
    return at > 0 and text.written[at - 1][:1].isupper() and text.tokens[at][:1].isdigit()


def _counts_times(tokens: tuple[str, ...], at: int) -> bool:
    """"once a week", "once every day": a count; "once all data is saved": a conjunction; "at once": at the
    same time."""
    if at and tokens[at - 1] == "at":
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    then = tokens[at + 2] if at + 2 < len(tokens) else ""
    return after == "" or after in _TIME_UNITS or (after in ("a", "an", "every", "per", "each") and then in _TIME_UNITS)


def _unit(text: _Text, at: int) -> str:
    """The stem of the word a number counts ("two weeks" -> "week"), or "" when it is not a word."""
    after = at + 1
    if text.tokens[at].endswith("fold"):   # "increased tenfold since" counts no "since"
        return ""
    if after < len(text.tokens) and text.tokens[after] not in STOPWORDS and not text.tokens[after][0].isdigit():
        return text.stems[after]
    return ""


_SIGNED = re.compile(r"(?<![\w.-])(-?)(\d+(?:\.\d+)?)(?!\w|\.\d)")   # "-1", "10": a number and its sign


def _numbers(c: _Text, e: _Text, context: str) -> Finding:
    signed_e = set(_SIGNED.findall(e.raw))
    for sign, number in set(_SIGNED.findall(c.raw)) - signed_e - set(_SIGNED.findall(context)):
        other = ("" if sign else "-", number)
        if other in signed_e:   # "or 1 for the value -1" where the passage says "or 0 for the value -1"
            return "contradicted", f"the answer says '{sign}{number}'; the passage says '{''.join(other)}'"
    theirs, ours = _numbers_in(e), _numbers_in(c)
    stated = {n for n, _ in theirs}
    titled = {n for n, _ in _numbers_in(_read(context))}   # "Debian 12" in a title; "Chapter 2" says no "twice"
    counted: dict[str, set[str]] = {}   # what the passage counts, and with which numbers ("weeks": {"2"})
    for n, at in theirs:
        if not _in_a_name(e, at):
            counted.setdefault(_unit(e, at), set()).add(n)
    for number, at in ours:
        unit = _unit(c, at)
        if unit and unit in counted and number not in counted[unit]:   # "one week" beside "two weeks", "One way"
            said = ", ".join(sorted(counted[unit]))
            return "contradicted", f"the answer says '{c.tokens[at]} {c.tokens[at + 1]}'; the passage counts " \
                                   f"{said} of them"
        # "make one package the default", "into a single coherent whole": "one" and "single" are often "a";
        # "Both hooks ..." restates "Both are ..." however the passage goes on
        if number in stated or (number in titled and c.tokens[at][0].isdigit()) or c.tokens[at] in ("one", "single") \
                or (c.tokens[at] == "both" and "both" in e.tokens) or _glued_to_a_word(number, e.raw):
            continue
        others = sorted({n for n, _ in theirs} - {n for n, _ in ours})
        if others:
            return "contradicted", f"the answer says '{c.tokens[at]}'; the passage says '{', '.join(others)}'"
        if c.tokens[at] == "both" and (_TWO_SIDES & set(e.tokens) or {"either", "neither"} & set(c.tokens)):
            continue   # "comments of both kinds" / "of either kind"; "both end with one or neither does" / "if ... not"
        return "not_stated", f"the answer says '{c.tokens[at]}'; the passage gives no such number"
    units_c, units_e = {_stem(t) for t in c.tokens if t in _TIME_UNITS}, \
        {_stem(t) for t in e.tokens if t in _TIME_UNITS}
    if units_c and units_e and not units_c & units_e:
        return "contradicted", f"the passage speaks of '{', '.join(sorted(units_e))}'; the answer of " \
                               f"'{', '.join(sorted(units_c))}'"
    return None


@lru_cache(maxsize=256)   # most checks ask for the names of the same answer sentence and evidence
def _name_tokens(raw: str) -> tuple[str, ...]:
    """The names a text mentions: capitalised words; the first word too unless it is a common opener, an
    everyday verb telling the reader what to do ("Leave the flag unset", "Put a dash after it"), or an
    everyday word of amount or kind the text does not capitalise again ("Plenty of web pages", "Empty lines");
    "India is ..." still names India."""
    # each sentence's first word is capitalised anyway: "This directive is only valid ..." names nothing
    spans = split_sentences(raw)
    return tuple(name for span in spans for name in _sentence_names(span.text)) if len(spans) > 1 else \
        tuple(_sentence_names(raw))


def _sentence_names(raw: str) -> list[str]:
    # a key chord is one name: "Ctrl+r" ("Ctrl+s" names another key)
    words = re.findall(r"[A-Za-z][\w'\u2019-]*(?:\+\w+)*", normalize_for_match(raw, casefold=False))
    return [w for i, w in enumerate(words) if (w[0].isupper() or any(ch.isupper() for ch in w[1:])) and
            (i > 0 or not (_bare(w) in STOPWORDS or _bare(w) in _OPENERS or _bare(w).endswith(("ly", "ing", "ed"))
                           or _bare(w) in _IRREGULAR_PARTICIPLES or _common_compound(w)
                           or _imperative(w, words[1] if len(words) > 1 else "")
                           or _qualifies_a_name(w, words[1] if len(words) > 1 else "")
                           or _opens_a_phrase(w, words[1:3])
                           or (_bare(w) in _EVERYDAY_OPENERS and w not in words[1:])))]


def _common_compound(word: str) -> bool:
    """"Argument-less", "Well-known" opening a sentence: everyday words joined by a hyphen, capitalised only
    because they come first."""
    parts = word.split("-")
    return len(parts) > 1 and word[1:].islower() and all(part and is_common_word(part) for part in parts)


def _imperative(first: str, second: str) -> bool:
    return (second.lower() in _WHAT_AN_ORDER_TAKES and first[1:].islower() and is_common_word(first)) or \
        (first.lower(), second.lower()) in _IMPERATIVES   # "Make sure", "Be sure", "Remember to"


def _opens_a_phrase(first: str, after: list[str]) -> bool:
    """"Run without options, ...", "Outside of debugging, ...": an everyday word before a preposition and a
    word in lower case opens a phrase; "Windows for Workgroups" is still a name."""
    return len(after) == 2 and after[0] in _PREPOSITIONS and after[1].islower() and first[1:].islower() and \
        is_common_word(first)


def _qualifies_a_name(first: str, second: str) -> bool:
    """"Older Macs", "Newer Tripp Lite models": an everyday word opening the sentence before a name, which the
    name's own words carry."""
    return second[:1].isupper() and first[1:].islower() and is_common_word(first)


@lru_cache(maxsize=256)
def _names_in(raw: str) -> frozenset[str]:
    return frozenset(n.lower() for n in _name_tokens(raw))


def _bare(name: str) -> str:
    return normalize_for_match(name.split("'")[0].split("\u2019")[0])


@lru_cache(maxsize=1)
def _alias_groups() -> dict[str, set[str]]:
    groups: dict[str, set[str]] = {}
    for name, others in anchor_aliases().items():
        groups.setdefault(name, set()).update(others)
    return groups


def _names(c: _Text, e: _Text, context: str) -> Finding:
    stated = normalize_for_match(e.raw + " " + context)
    stated += " " + _CHORD_PLUS.sub("-", stated)    # "Alt+p" is "Alt-p"
    for name in _name_tokens(c.raw):
        key = _CHORD_PLUS.sub("-", _bare(name))
        # a name may follow a number written against it: "386DOS" names DOS
        if key in STOPWORDS or re.search(rf"(?<![^\W\d_]){re.escape(key)}", stated) or \
                re.search(rf"\b{re.escape(_stem(key))}", stated):
            continue
        if key in MONTHS and re.search(rf"\b{key[:3]}\b", stated):
            continue   # "1 January 1970" for "1-Jan-1970"
        if PLURAL_ACRONYM.fullmatch(name) and re.search(rf"\b{re.escape(key[:-1])}\b", stated):
            continue   # "RFCs" for "RFC documents": the stemmer leaves an acronym's plural alone
        if any(re.search(rf"\b{re.escape(alias)}\b", stated) for alias in _alias_groups().get(key, ())):
            continue
        if "-" in key and all(re.search(rf"\b{re.escape(part)}\b", stated) or
                              (len(part) > 4 and re.search(rf"\b{re.escape(_stem(part))}", stated))
                              for part in key.split("-") if part and part not in _LIKENESS_SUFFIXES):
            continue   # "Debian-based" for "based on Debian", "Base64-encodes" for "Base64 encode"; a likeness
            # names what it is like: "the ElementTree-style .write()" for ".write() (known from ElementTree)"
        if _spelled_out(name, stated) or (c.written[:1] == (name,) and _root_stated(name, stated)):
            continue
        chord = _KEY_CHORD.fullmatch(key)
        if chord and re.search(rf"(?<![a-z])(?:control|ctrl|ctl)-{re.escape(chord.group(1))}(?!\w)", stated):
            continue
        named = [n for n in _name_tokens(e.raw) if normalize_for_match(n) not in normalize_for_match(c.raw)]
        if named:
            return "contradicted", f"the passage names '{named[0]}'; the answer names '{name}'"
        return "not_stated", f"the answer names '{name}'; the passage does not"
    return None


_LIKENESS_SUFFIXES = {"style", "like", "compatible"}

ROOT_LETTERS = 6   # "Registration" and "registering" share a root: their first six letters


def _root_stated(first_word: str, stated: str) -> bool:
    """The answer's capitalised first word is the passage's word in another form ("Registration lets R find
    ..." for "Registering routines ..."): the capital is the sentence's, not a name's. stated is case folded."""
    return len(first_word) > ROOT_LETTERS and first_word.isalpha() and first_word[1:].islower() and \
        re.search(rf"\b{re.escape(first_word[:ROOT_LETTERS].lower())}", stated) is not None


def _option_case(c: _Text, e: _Text, _: str) -> Finding:
    """"-Q" where the passage says "-q": one letter, and its case is the option's meaning."""
    ours = {c.written[i] for i in c.options}
    theirs = {e.written[i] for i in e.options}
    for option in sorted(ours - theirs):
        other = next((o for o in theirs if o.lower() == option.lower()), None)
        if other and len(option.lstrip("-")) == 1:
            return "contradicted", f"the passage says '{other}'; the answer says '{option}'"
    return None


def _spelled_out(name: str, stated: str) -> bool:
    """"CI" for "continuous integration": a name in capitals whose letters begin consecutive words stated."""
    letters = name.rstrip("s") if name[:-1].isupper() else name
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    words = re.findall(r"[a-z0-9]+", stated.lower())
    initials = letters.lower()
    return any(all(w[0] == letter and w not in STOPWORDS for w, letter in zip(words[i:i + len(initials)], initials))
               for i in range(len(words) - len(initials) + 1))   # content words: "WC" is not "which can"


# what a text gives as the default: "with tls as the default", "the default is lz4", "defaults to 8"
# (quoted, a value of several words: 'it defaults to "NO ACTION"')
# (a path: "default value is /usr/local")
# (in single quotes, marked in brackets: "It can be 'xml' (the default), 'xhtml' or 'html'")
_VALUE = r"(?:[\"\u201c]([^\"\u201d]{1,40})[\"\u201d]|['\u2018]([^'\u2019]{1,40})['\u2019]|([\w.+~/-]+))"
_DEFAULT_IS = re.compile(rf"{_VALUE}\s+(?:is|as)\s+the\s+default\b|"
                         rf"\bdefault(?:\s+value)?\s+is\s+(?:(?:now\s+)?(?:changed|set)\s+to\s+)?{_VALUE}|"
                         rf"\bdefaults\s+to\s+{_VALUE}|{_VALUE}\s+\((?:the\s+)?default\)", re.IGNORECASE)


def _default_values(raw: str) -> set[str]:
    values = {value.lower().rstrip(".") for m in _DEFAULT_IS.finditer(raw) for value in m.groups() if value}
    return {v for v in values if v and v not in STOPWORDS and v not in _POINTING_BACK}   # "8." ends a sentence


def _defaults(c: _Text, e: _Text, _: str) -> Finding:
    """The answer gives another default than the passage ("ssh is the default" for "with tls as the
    default"): both words may be in the passage, so the word checks pass it."""
    ours, theirs = _default_values(c.raw), _default_values(e.raw)
    if ours and theirs and not ours & theirs:
        return "contradicted", (f"the passage gives '{sorted(theirs)[0]}' as the default; the answer gives "
                                f"'{sorted(ours)[0]}'")
    return None


def _paths(c: _Text, e: _Text, context: str) -> Finding:
    """A file or folder path the passage does not give as it is: "/etc/dput.d/scripts" for
    "~/.dput.d/scripts" changes where a file lives, though every word of it is in the passage."""
    theirs = {_bare_path(m.group(0)) for m in _PATH.finditer(e.raw + " " + context)}
    for m in _PATH.finditer(c.raw):
        path = _bare_path(m.group(0))
        if path in theirs or any((t.endswith(path) and len(path.split("/")) > 1) or t.startswith(path + "/")
                                 for t in theirs):
            continue   # as given, its last parts ("scripts/arno.py"), or a folder of it ("~/.dput.d")
        other = next((t for t in sorted(theirs) if t.rsplit("/", 1)[-1] == path.rsplit("/", 1)[-1]), None)
        if other:
            return "contradicted", f"the passage says '{other}'; the answer says '{path}'"
        if len(path.strip("/").split("/")) > 1:
            return "not_stated", f"the answer gives the path '{path}'; the passage does not"
    return None


# an e-mail address or a web address, written whole
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://[^\s<>\"')\]]+", re.I)


def _addresses(c: _Text, e: _Text, context: str) -> Finding:
    """An e-mail or web address the passage does not give: "gnuplot-info@lists.sourceforge.net" for the
    passage's "gnuplot-beta@lists.sourceforge.net" sends the reader somewhere else."""
    def found(raw: str) -> list[str]:
        return [m.group(0).rstrip(".,;:").lower() for m in _ADDRESS.finditer(raw)]

    theirs = found(e.raw + " " + context)
    for address in found(c.raw):
        if address in theirs or any(t.rstrip("/") == address.rstrip("/") for t in theirs):
            continue
        if theirs:
            return "contradicted", f"the passage gives '{theirs[0]}'; the answer gives '{address}'"
        return "not_stated", f"the answer gives the address '{address}'; the passage does not"
    return None


# a literal the text quotes: ‘#{’, “reset”, "clear", `end`, '-' (an apostrophe inside a word opens nothing)
_QUOTED_LITERAL = re.compile(r"[\u2018\u201c`]([^\u2019\u201d`\n]{1,40})[\u2019\u201d`]|(?<!\w)\"([^\"\n]{1,40})\"|"
                             r"(?<![\w'])'([^'\n]{1,40})'(?![\w'])")


def _quoted(c: _Text, e: _Text, context: str) -> Finding:
    """A literal the answer quotes that the passage does not have: "between ‘#[’ and ‘#]’" where it quotes
    ‘#{’ and ‘#}’, an argument "clear" for its "reset". Quotes are what the reader types or sees."""
    def literals(raw: str) -> list[str]:
        return [" ".join(next(g for g in m.groups() if g is not None).split()) for m in _QUOTED_LITERAL.finditer(raw)]

    stated = " ".join((e.raw + " " + context).split()).lower()
    theirs = [q for q in literals(e.raw) if q]
    ours = literals(c.raw)
    for literal in ours:
        if not literal or literal.lower() in stated:
            continue
        other = next((q for q in theirs if q not in ours), None)
        if other is not None:
            return "contradicted", f"the passage quotes '{other}'; the answer quotes '{literal}'"
        return "not_stated", f"the answer quotes '{literal}'; the passage does not have it"
    return None


def _bare_path(path: str) -> str:
    return path.rstrip("/.,;:") or path


def _calls(c: _Text, e: _Text, context: str) -> Finding:
    """A function named with its parentheses ("map()", "parent.frame(f)") that the passage never names: a
    lower-case word of English ("map", "open", "mean") is still a name when written as a call."""
    stated = normalize_for_match(e.raw + " " + context)
    theirs = [m.group(0) for m in _CALLED.finditer(e.raw)]
    for m in _CALLED.finditer(c.raw):
        name = m.group(1).split(".")[-1].lower()
        if re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", stated):
            continue
        other = next((t for t in theirs if t.lower() not in c.raw.lower()), None)
        if other:
            return "contradicted", f"the passage names '{other}'; the answer names '{m.group(0)}'"
        return "not_stated", f"the answer names '{m.group(0)}'; the passage does not"
    return None


def _terms(c: _Text, e: _Text, context: str) -> Finding:
    """Names in lower case the capital-letter rule cannot see: a group named by the word before its kind
    ("the QA team" / "the release team"), and rare words, which in these texts are programs, packages and
    terms ("the debhelper tools" / "the cdbs tools", "the dlopen mechanism")."""
    titled = set(_read(context).stems)   # the essay's title may name a program; it names no group
    theirs_named = _joined_words(e.raw)
    for name in sorted({w for w in _joined_words(c.raw) if "_" in w or w.count("-") >= 2} - theirs_named):
        sibling = next((other for other in sorted(theirs_named) if _one_part_off(name, other)), None)
        if sibling:   # "debian-edu-doc" where the passage says "debian-edu-config", "dh_make" for "deb-make"
            return "contradicted", f"the passage says '{sibling}'; the answer says '{name}'"
    for i, token in enumerate(c.tokens):
        if c.stems[i] in e.stems or token in STOPWORDS or len(token) < 3 or token[0].isdigit() or \
                _same_meaning(c.stems[i]) & set(e.stems) or \
                (token.endswith("s") and token[:-1] in e.tokens):   # "rfcs": the stemmer leaves acronyms alone
            continue
        # a number after the word is no thing it names ("put_attr/3": a name and its arity)
        head = c.stems[i + 1] if i + 1 < len(c.tokens) and c.tokens[i + 1] not in STOPWORDS and \
            not c.tokens[i + 1][:1].isdigit() else ""
        named_kind = c.tokens[i + 1] in _NAMED_BY_MODIFIER if i + 1 < len(c.tokens) else False
        if named_kind and c.tokens[i + 1] in _NAMED_BY_RARE_MODIFIER and is_common_word(token):
            named_kind = False
        # "Babel's extraction method": a possessive names whose it is, not which kind
        if head and token not in _HOW_MANY and _unpossessive(token) == token and (named_kind or is_rare_word(token)):
            # an adverb names nothing: "Unfortunately LMTP process ..." is no "Dovecot's LMTP process" swapped
            # nor does a prefix joined to the word: "Host is auto-probed" / "fetchmail probes the host"
            # nor does a verb before a menu's own name ("selecting "Command" -> ...")
            theirs = [e.tokens[j - 1] for j, s in enumerate(e.stems)
                      if s == head and j and e.tokens[j - 1] not in STOPWORDS and e.stems[j - 1] not in c.stems
                      and e.tokens[j - 1] not in _HOW_MANY
                      and not (j >= 2 and e.tokens[j - 2] == "non" and e.tokens[j - 1] in _plainly_negated(token))
                      and not e.tokens[j - 1].endswith("ing")   # "of writing i18n": a verb's object, unnamed
                      and not e.written[j][:1].isupper()
                      and e.tokens[j - 1] not in _OPENERS and not e.tokens[j - 1].endswith("ly")
                      and not re.search(rf"\b{re.escape(e.tokens[j - 1])}-{re.escape(e.tokens[j])}\b", e.raw, re.I)]
            if theirs and not _names_the_referent(token, theirs[0], context):
                return "contradicted", f"the passage says '{theirs[0]} {c.tokens[i + 1]}'; the answer says " \
                                       f"'{token} {c.tokens[i + 1]}'"
        if is_rare_word(_unpossessive(token)) and c.stems[i] not in titled and \
                not _negated_form_of_known_word(token, e) and not _repeated_form_of_stated(token, e) and \
                not _blend_of_stated(token, e):
            return "not_stated", f"the answer names '{token}'; the passage does not"
    return None


def _unpossessive(token: str) -> str:
    """"package's" is "package": the possessive makes no word rare."""
    return token[:-2] if token.endswith(("'s", "\u2019s")) and len(token) > 3 else token


def _blend_of_stated(token: str, e: _Text) -> bool:
    """"symlinks" where the passage says "symbolic links", "hostnames" for "host names": the start of one word
    of the passage joined to the word after it."""
    stem = _stem
    return any(e.tokens[j].startswith(token[:k]) and stem(token[k:]) == e.stems[j + 1]
               for k in range(3, len(token) - 2) for j in range(len(e.tokens) - 1))


def _repeated_form_of_stated(token: str, e: _Text) -> bool:
    """"refetching" where the passage says "retrying to fetch": a word of the passage done again."""
    return token.startswith("re") and len(token) > 5 and _stem(token[2:]) in e.stems


def _negated_form_of_known_word(token: str, e: _Text) -> bool:
    """"unset", "nonempty", "parentless": a word of the passage ("set" where it says "set") or an everyday word
    with a negating prefix or the suffix "-less", rare as written but naming nothing (whether a negation was
    dropped or added is the negation rules' question)."""
    plain = token.removeprefix("non").removeprefix("un")
    plain = plain.removesuffix("less") if plain == token and token not in _NOT_LACKING else plain
    return plain != token and (_stem(plain) in e.stems or
                               (len(plain) > 2 and is_common_word(plain)))


def _joined_words(raw: str) -> set[str]:
    """Lower-case words joined by hyphens or underscores. Those of three or more parts ("debian-edu-config"),
    or with an underscore ("dh_make"), which no English compound has, name programs and packages."""
    return set(re.findall(r"\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b", normalize_for_match(raw, casefold=False)))


def _letters(c: _Text, e: _Text, context: str) -> Finding:
    """A capital letter standing alone, as keys and options are named ("pressing K opens the key bindings"), that
    the passage does not give ("B to the key bindings"). "A" and "I" are words; a letter the essay's title or
    the term the passage defines gives is stated ("R" in "R Internals"). Only where the passage names things by
    letters itself: elsewhere a lone capital is more likely a name it leaves to its title ("R converts ...")."""
    if not any(w.isupper() and len(w) == 1 and w not in "AI" for w in e.written):
        return None
    theirs = {w for w in (*e.written, *_read(context).written) if len(w) == 1 and w.isupper()}
    for token in c.written:
        if len(token) == 1 and token.isupper() and token not in "AI" and token not in theirs:
            return "not_stated", f"the answer names '{token}'; the passage does not"
    return None


def _long_options(c: _Text, e: _Text, context: str) -> Finding:
    """A long option the passage does not give: "--without-nls" where it says "--disable-nls". One the term the
    passage defines gives is stated ("--showcursor", above the sentence that says what it does)."""
    theirs = set(_LONG_OPTION.findall(e.raw)) | set(_LONG_OPTION.findall(context))
    for option in dict.fromkeys(_LONG_OPTION.findall(c.raw)):
        if option in theirs:
            continue
        sibling = next((other for other in sorted(theirs) if _one_part_off(option[2:], other[2:])), None)
        if sibling:
            return "contradicted", f"the passage says '{sibling}'; the answer says '{option}'"
        return "not_stated", f"the answer names '{option}'; the passage does not"
    return None


def _one_part_off(name: str, other: str) -> bool:
    ours, theirs = re.split(r"[-_]", name), re.split(r"[-_]", other)
    return len(ours) == len(theirs) and sum(a != b for a, b in zip(ours, theirs)) == 1


def _swapped_in_a_sentence(c: _Text, e: _Text, context: str) -> Finding:
    """Evidence of two sentences can hold the answer's swapped word in the other one ("your private key"
    beside "using your public key"): the word checks run again on the sentence that holds most of the answer."""
    best = _sentence_saying(c, e)
    if best is None:
        return None
    for check in (_opposites, _terms, _paths):
        found = _opposites(c, best, context, whole=e) if check is _opposites else check(c, best, context)
        if found is not None and found[0] == "contradicted":
            return found
    return None


def _sentence_saying(c: _Text, e: _Text) -> _Text | None:
    """The sentence of evidence of two or more that holds most of the answer's content words; None when the
    evidence is one sentence."""
    sentences = split_sentences(e.raw)
    if len(sentences) < 2:
        return None
    return max((_read(s.text) for s in sentences), key=lambda read: len(c.content & read.content))
