"""Order and direction: from/to, before/after, bounds turned, releases, lists paired the other way, sequences."""
from __future__ import annotations

import itertools
import re

from bot.grounding.names_numbers import _bare_path
from bot.grounding.negation import _exchanged_sides, _is_negation, _opposite_stems
from bot.grounding.text import (
    _COMPARISON_WAYS,
    _NUMBER_WORDS,
    _PATH,
    _QUANTITY,
    _TOKEN,
    SEQUENCE_REACH,
    Finding,
    _is_content,
    _read,
    _stem,
    _Text,
)
from bot.sentences import STOPWORDS

# a change or a move "from A to B", each end up to three words after its article ("from the primary to the
# replica KDCs")
_END = r"(?:(?:the|a|an)\s+)?([\w'\u2018\u2019\".:/-]+(?:\s+[\w'\u2018\u2019\".:/-]+){0,2}?)"
_FROM_TO = re.compile(rf"\bfrom\s+{_END}\s+to\s+{_END}(?=[\s,;.:)]|$)", re.IGNORECASE)
# "the more security you need, the more mechanisms": two comparatives that move together or apart
_CORRELATIVE = re.compile(r"\bthe (more|less|fewer|greater|smaller|higher|lower|larger|bigger|longer|shorter|"
                          r"better|worse)\b[^.;:]{1,80}?\bthe (more|less|fewer|greater|smaller|higher|lower|larger|"
                          r"bigger|longer|shorter|better|worse)\b", re.IGNORECASE)
_UPWARD = {"more", "greater", "higher", "larger", "bigger", "longer", "better"}
_BOUND = re.compile(r"\b(more than|over|above|at least|in excess of|less than|fewer than|under|below|at most|up to)"
                    rf"\s+({_QUANTITY})", re.IGNORECASE)
_EXACT_OR_BOUND = re.compile(r"\b(exactly|at least|at most|up to|no more than|no fewer than|no less than|"
                             r"more than|fewer than|less than)\s+(\w+(?:\s+\w+)?)")
# a threshold on a number, before it ("greater than 128") or after it ("128 or less"), and its way
_THRESHOLD_WAYS = {"greater than": "up", "higher than": "up", "larger than": "up", "more than": "up", "above": "up",
                   "over": "up", "at least": "up", "more": "up", "greater": "up", "higher": "up", "larger": "up",
                   "less than": "down", "fewer than": "down", "lower than": "down", "smaller than": "down",
                   "below": "down", "under": "down", "at most": "down", "less": "down", "fewer": "down",
                   "lower": "down", "smaller": "down"}
_THRESHOLD_BEFORE = re.compile(r"\b(greater than|higher than|larger than|more than|above|at least|less than|fewer than|"
                               r"lower than|smaller than|below|at most)\s+([0-9][0-9,.]*)\b", re.IGNORECASE)
_THRESHOLD_AFTER = re.compile(r"\b([0-9][0-9,.]*)\s+or\s+(more|greater|higher|larger|above|less|fewer|lower|smaller|"
                              r"below|under)\b", re.IGNORECASE)
_LOWER_BOUNDS = {"less than", "fewer than", "under", "below", "at most", "up to"}
# each bound _EXACT_OR_BOUND reads -> (its way, whether it leaves the number itself out)
_STRICT_BOUNDS = {"exactly": ("=", False), "at least": ("up", False), "no fewer than": ("up", False),
                  "no less than": ("up", False), "more than": ("up", True), "at most": ("down", False),
                  "up to": ("down", False), "no more than": ("down", False), "fewer than": ("down", True),
                  "less than": ("down", True)}
_OR_BOUND = re.compile(rf"\b(zero|{_QUANTITY})\s+or\s+(more|greater|higher|above|less|fewer|lower|below)\b",
                       re.IGNORECASE)
_REVERSING = {"reverse", "reversed", "inverse", "inverted", "opposite", "backward", "backwards"}


def _from_to_swapped(c: _Text, e: _Text, _: str) -> Finding:
    """A change told the wrong way round: "changed from 'nb' to 'no'" where the passage says "from 'no' to
    'nb'"."""
    def ends(raw: str) -> list[tuple[str, str, frozenset[str], frozenset[str]]]:
        found = []
        for a, b in _FROM_TO.findall(raw):
            a, b = a.strip("'\u2018\u2019\".:").lower(), b.strip("'\u2018\u2019\".:").lower()
            found.append((a, b, _end_words(a), _end_words(b)))
        return found
    theirs = ends(e.raw)
    for start, end, ours_from, ours_to in ends(c.raw):
        for their_start, their_end, their_from, their_to in theirs:
            if ours_from & their_to and ours_to & their_from and not ours_from & their_from:
                return "contradicted", \
                    f"the passage says 'from {their_start} to {their_end}'; the answer says 'from {start} to {end}'"
    return None


def _end_words(end: str) -> frozenset[str]:
    """An end of a "from A to B" as the words that name it: "replica kdcs" -> {"replica", "kdcs"}; a quoted value
    ("'nb'") is its own word even when it is a stop word."""
    words = frozenset(w for w in re.findall(r"[\w.:/-]+", end) if w not in STOPWORDS)
    return words or frozenset(re.findall(r"[\w.:/-]+", end))


def _correlative(c: _Text, e: _Text, _: str) -> Finding:
    """"the more security you need, the fewer mechanisms" where the passage says "the more mechanisms": the two
    sides of a "the more ..., the more ..." move together in one text and apart in the other."""
    ours, theirs = _CORRELATIVE.search(c.raw), _CORRELATIVE.search(e.raw)
    if ours is None or theirs is None:
        return None
    def together(m: re.Match[str]) -> bool:
        return (m.group(1).lower() in _UPWARD) == (m.group(2).lower() in _UPWARD)
    if together(ours) != together(theirs):
        return "contradicted", f"the passage says '{theirs.group(0)}'; the answer says '{ours.group(0)}'"
    return None


def _sides_swapped(ours: str, match: re.Match[str], theirs: str, their_match: re.Match[str]) -> bool:
    """Whether what stands before the comparative in one text stands after "than" in the other, both ways."""
    def sides(raw: str, m: re.Match[str]) -> tuple[frozenset[str], frozenset[str]]:
        start = max(raw.rfind(mark, 0, m.start()) for mark in ".;:")
        return _read(raw[start + 1:m.start()]).content, _read(raw[m.end():]).content - {"one", "ones"}

    left_c, right_c = sides(ours, match)
    left_e, right_e = sides(theirs, their_match)
    return bool((left_c - right_c) & (right_e - left_e)) and bool((right_c - left_c) & (left_e - right_e))


def _bounds(ours: str, theirs: str) -> Finding:
    """A bound the passage puts on the same number the other way ("fewer than 59100" / "more than 59100")."""
    def found(raw: str) -> dict[str, tuple[str, str]]:
        return {m.group(2).replace(",", "").lower(): ("down" if m.group(1).lower() in _LOWER_BOUNDS else "up",
                                                      m.group(0)) for m in _BOUND.finditer(raw)}

    return _way_turned(found(ours), found(theirs))


def _way_turned(ours: dict[str, tuple[str, str]], stated: dict[str, tuple[str, str]]) -> Finding:
    """{number: (way, as written)} of the answer against the passage's: a number bounded the other way."""
    for number, (way, said) in ours.items():
        if number in stated and stated[number][0] != way:
            return "contradicted", f"the passage says '{stated[number][1]}'; the answer says '{said}'"
    return None


# the releases a statement holds for, from one on or up to one: "since version 0.7" / "in versions previous to 0.7"
_RELEASES_FROM = r"since|starting(?:\s+(?:in|with|from))?|as\s+of|beginning(?:\s+(?:in|with))?|from"
_RELEASES_UP_TO = r"until|up\s+(?:un)?to(?:\s+and\s+including)?|previous\s+to|prior\s+to|before|earlier\s+than"
_RELEASE_SPAN = re.compile(rf"\b(?:(?P<up_to>{_RELEASES_UP_TO})|{_RELEASES_FROM})\s+"
                           r"(?:(?:the\s+)?(?:release|version)s?\s+|[A-Za-z]\w*\s+)?v?(?P<release>\d+(?:\.\d+)+)\b",
                           re.IGNORECASE)


def _releases_turned(c: _Text, e: _Text, _: str) -> Finding:
    """The same release said as where something starts on one side and where it stops on the other: "Starting with
    gevent 20.5.0" / "in versions of gevent up to and including 20.5.0"."""
    def found(raw: str) -> dict[str, tuple[str, str]]:
        return {m.group("release"): ("to" if m.group("up_to") else "from", m.group(0))
                for m in _RELEASE_SPAN.finditer(raw)}

    ours = found(c.raw)
    return _way_turned(ours, found(e.raw)) if ours else None


# a moment said as the whole time something goes on, or as its end: "while the command is running" / "once the
# command has finished"
_WHILE_GOING_ON = re.compile(r"\b(?:while|during)\s+(?:the\s+|its\s+|an?\s+)?(\w+)", re.IGNORECASE)
_ONCE_OVER = re.compile(r"\b(?:once|after|when)\s+(?:the\s+|its\s+|an?\s+)?(\w+)(?:\s+\w+){0,2}?\s+"
                        r"(?:(?:has|have|is|are|was|were)\s+)?(?:finished|completed|done|ended|over|exited)\b",
                        re.IGNORECASE)


def _while_or_after(c: _Text, e: _Text, _: str) -> Finding:
    """The time something goes on turned into the time after it ends, or back: "turn off auto_increment during the
    import" / "once the import has finished"."""
    for ours, theirs in ((_ONCE_OVER, _WHILE_GOING_ON), (_WHILE_GOING_ON, _ONCE_OVER)):
        if ours.search(e.raw):
            continue   # the passage says it this way too
        stated = {_stem(m.group(1)): m.group(0) for m in theirs.finditer(e.raw)}
        for m in ours.finditer(c.raw):
            if _stem(m.group(1)) in stated:
                return "contradicted", f"the passage says '{stated[_stem(m.group(1))]}'; the answer says '{m.group(0)}'"
    return None


def _bound_turned(c: _Text, e: _Text, _: str) -> Finding:
    """A threshold said the other way on the same number: "greater than 128" / "128 or less"."""
    def found(raw: str) -> dict[str, tuple[str, str]]:
        before = {m.group(2).replace(",", "").lower(): (_THRESHOLD_WAYS[m.group(1).lower()], m.group(0))
                  for m in _THRESHOLD_BEFORE.finditer(raw)}
        after = {m.group(1).replace(",", "").lower(): (_THRESHOLD_WAYS[m.group(2).lower()], m.group(0))
                 for m in _THRESHOLD_AFTER.finditer(raw)}
        return before | after

    ours = found(c.raw)
    return _way_turned(ours, found(e.raw)) if ours else None


def _bound_moved(c: _Text, e: _Text, _: str) -> Finding:
    """A bound of the same way on the same thing with another number: "at least one linked worktree" /
    "zero or more linked worktrees"."""
    ours = _counted_bounds(c.raw)
    their_bounds = _counted_bounds(e.raw) if ours else {}
    for (way, thing), (number, said) in ours.items():
        if (way, thing) in their_bounds and their_bounds[way, thing][0] != number:
            return "contradicted", f"the passage says '{their_bounds[way, thing][1]}'; the answer says '{said}'"
    return None


def _exact_or_bound(c: _Text, e: _Text, _: str) -> Finding:
    """"exactly m copies" on one side, a bound on the same count on the other ("at least m copies"): one number
    or many; or a bound of the same way that takes the number in on one side only: "more than one name" is
    two at least, "at least one name" may be one."""
    ours, theirs = _EXACT_OR_BOUND.findall(c.raw.lower()), _EXACT_OR_BOUND.findall(e.raw.lower())
    for said, counted in ours:
        for other, same in theirs:
            (way, strict), (their_way, their_strict) = _STRICT_BOUNDS[said], _STRICT_BOUNDS[other]
            if same == counted and ((way == "=") != (their_way == "=") or way == their_way and strict != their_strict):
                return "contradicted", f"the passage says '{other} {same}'; the answer says '{said} {counted}'"
    return None


def _reversal(c: _Text, e: _Text, _: str) -> Finding:
    """A word that turns the next one round, on one side only: "reverse chronological order" / "chronological
    order"."""
    for ours, theirs, says in ((e, c, "the passage"), (c, e, "the answer")):
        for at, token in enumerate(ours.tokens[:-1]):
            turned = ours.stems[at + 1]
            if token in ("backward", "backwards") and ours.tokens[at + 1].startswith("compatib"):
                continue   # "backwards compatibility" is compatibility with what came before, nothing turned
            if ours.tokens[at + 1] in STOPWORDS:
                continue   # "the reverse of Grain extract" relates two things; it turns no word round
            if token in _REVERSING and turned in theirs.stems and not _REVERSING & set(theirs.tokens):
                other = "the answer" if says == "the passage" else "the passage"
                return "contradicted", f"{says} says '{token} {ours.tokens[at + 1]}'; {other} does not turn it round"
    return None


def _pairing_swapped(c: _Text, e: _Text, _: str) -> Finding:
    """Two pairs of opposites, one kept in the passage's order and the other turned round: "below 100 lighter,
    above 100 darker" / "below 100 darker, above 100 lighter" puts each value with the other's effect."""
    kept: list[tuple[str, str]] = []
    turned: list[tuple[str, str]] = []
    both = set(c.stems) & set(e.stems)
    for word in sorted(both):
        for other in sorted(_opposite_stems().get(word, set()) & both):
            if word < other:
                same = (c.stems.index(word) < c.stems.index(other)) == (e.stems.index(word) < e.stems.index(other))
                (kept if same else turned).append((word, other))
    if kept and turned:
        word, other = turned[0]
        return "contradicted", f"the answer puts '{c.tokens[c.stems.index(word)]}' and " \
                               f"'{c.tokens[c.stems.index(other)]}' the other way round from the passage"
    return None


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_PAIR = re.compile(r"([\w.'*-]+)\s+and\s+([\w.'*-]+)")


def _respective_pairs(raw: str) -> list[tuple[str, str]]:
    return [(a.strip("*'.").lower(), b.strip("*'.").lower()) for a, b in _PAIR.findall(raw)]


def _respectively_swapped(c: _Text, e: _Text, _: str) -> Finding:
    """"Respectively" pairs two lists in order; one of them turned round pairs each item with the other's:
    "uses isort and black for formatting code and imports, respectively" / "uses black and isort for ..."."""
    if not (_RESPECTIVELY.search(c.raw) and _RESPECTIVELY.search(e.raw)):
        return None
    ours, theirs = _respective_pairs(c.raw), _respective_pairs(e.raw)
    kept = [pair for pair in ours if pair in theirs]
    turned = [pair for pair in ours if pair[::-1] in theirs and pair not in theirs]
    if kept and turned:
        first, second = turned[0]
        return "contradicted", f"the passage says '{second} and {first}' in that order; the answer says " \
                               f"'{first} and {second}', which pairs each with the other's"
    return None


# "copy the file ci/database.json to pymysql/tests/databases.json": what is copied, moved or renamed, and where
_COPIED_TO = re.compile(r"([\w.~-]*[/.][\w./~-]*\w)\s+(?:to|into|as)\s+(?:the\s+(?:file|folder|directory)\s+)?"
                        r"([\w.~-]*[/.][\w./~-]*\w)")


def _copied_the_other_way(c: _Text, e: _Text, _: str) -> Finding:
    """Two files or names put the other way round around "to": "copy pymysql/tests/databases.json to
    ci/database.json" where the passage copies ci/database.json to pymysql/tests/databases.json."""
    theirs = set(_COPIED_TO.findall(e.raw))
    for source, target in _COPIED_TO.findall(c.raw):
        if (target, source) in theirs and (source, target) not in theirs:
            return "contradicted", f"the passage says '{target} to {source}'; the answer says '{source} to {target}'"
    return None


def _before_after(c: _Text, e: _Text, _: str) -> Finding:
    """Two events put the other way round around the same "before" or "after": "he finished his Ph.D. before
    finishing calcurse" / "finished calcurse before completing his Ph.D."."""
    for j in (j for j, t in enumerate(e.tokens) if t in ("before", "after")):
        for i in (i for i, t in enumerate(c.tokens) if t == e.tokens[j]):
            exchanged, kept = _exchanged_sides(c, i, e, j)
            if exchanged >= 2 and exchanged > 2 * kept:   # the subject may stay put: "the program shows ..."
                return "contradicted", f"the answer puts the events around '{c.tokens[i]}' the other way round " \
                                       "from the passage"
    return None


def _sequence(c: _Text, e: _Text, _: str) -> Finding:
    """Steps put the other way round around "then": "fcntl and then dotlock" / "a dotlock first and then
    fcntl"."""
    def sides(text: _Text, at: int) -> tuple[set[str], set[str]]:
        before = [s for t, s in zip(text.tokens[:at], text.stems[:at]) if _is_content(t)][-SEQUENCE_REACH:]
        after = [s for t, s in zip(text.tokens[at + 1:], text.stems[at + 1:]) if _is_content(t)][:SEQUENCE_REACH]
        return set(before), set(after)

    for i in (i for i, t in enumerate(e.tokens) if t == "then"):
        first, second = sides(e, i)
        for j in (j for j, t in enumerate(c.tokens) if t == "then"):
            ours_first, ours_second = sides(c, j)
            if first & ours_second - ours_first and second & ours_first - ours_second:
                step = c.tokens[c.stems.index(sorted(second & ours_first)[0])]
                return "contradicted", f"the answer puts '{step}' before 'then'; the passage puts it after"
    return None


# a word that says the answer gives things in their order: "first X, then Y", "X, Y and Z in that order"
_ORDER_CUE = re.compile(r"\b(?:then|first(?:ly)?|in (?:that|this|the|which) order|followed by)\b", re.IGNORECASE)
# a thing named as written, which keeps its place in a list: a path, a dotted or underscored name
_NAMED_ITEM = re.compile(rf"{_PATH.pattern}|(?<![\w./~-])[A-Za-z_][\w-]*(?:[._][\w-]+)+")


def _order(c: _Text, e: _Text, _: str) -> Finding:
    """Things named as written, given in an order ("first", "then", "in that order") the passage gives them the
    other way round: "tests /usr/bin/pager, /usr/bin/less and /usr/bin/more in that order" / "in the order
    /usr/bin/less, /usr/bin/pager and then /usr/bin/more"."""
    if not _ORDER_CUE.search(c.raw):
        return None
    where: dict[str, int] = {}
    for m in _NAMED_ITEM.finditer(e.raw):
        where.setdefault(_bare_path(m.group(0)), m.start())
    ours = list(dict.fromkeys(_bare_path(m.group(0)) for m in _NAMED_ITEM.finditer(c.raw)))
    placed = [item for item in ours if item in where]
    for first, second in itertools.combinations(placed, 2):
        if where[first] > where[second]:
            return "contradicted", f"the answer puts '{first}' before '{second}'; the passage gives them the " \
                                   "other way round"
    return None


def _counted_bounds(raw: str) -> dict[tuple[str, str], tuple[str, str]]:
    """Each bound by its way ("up": at least) and what it counts (the next word's stem) -> (number, as said);
    "X or more" is a bound too. Bounds the other way round ("more than X") are left to the check above."""
    bounds = {}
    for m in _BOUND.finditer(raw):
        if m.group(1).lower() in ("at least", "at most"):
            bounds[_bound_key("down" if m.group(1).lower() == "at most" else "up", raw, m)] = (
                _as_number(m.group(2)), m.group(0))
    for m in _OR_BOUND.finditer(raw):
        way = "up" if m.group(2).lower() in ("more", "greater", "higher", "above") else "down"
        bounds[_bound_key(way, raw, m)] = (_as_number(m.group(1)), m.group(0))
    return {key: value for key, value in bounds.items() if key[1]}


def _bound_key(way: str, raw: str, m: re.Match[str]) -> tuple[str, str]:
    following = [t for t in _TOKEN.findall(raw[m.end():].lower()) if t not in STOPWORDS][:1]
    return way, _stem(following[0]) if following else ""


def _as_number(said: str) -> str:
    said = re.sub(r"^an?\s+", "", said.lower().replace(",", ""))   # "a dozen" is "twelve"
    return _NUMBER_WORDS.get(said, said)


def _direction(raw: str, match: re.Match[str]) -> tuple[str, bool]:
    """Which way a comparison points, and whether it is denied: "much larger than" and "far more ... than"
    agree; "no more than" and "shouldn't be longer than" too."""
    word = (match.group(1) or match.group(2) or match.group(3)).lower()
    way = next((way for way, words in _COMPARISON_WAYS.items() if word in words), _stem(word))
    before = _read(raw[max(0, match.start() - 30):match.start()]).tokens[-3:]
    return way, any(_is_negation(t) for t in before)
