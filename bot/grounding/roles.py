"""Who does what to whom: sides of a verb exchanged, a name or value moved to another slot."""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from bot.base.text import MONTHS
from bot.grounding.names_numbers import (
    _name_tokens,
    _names_in,
    _negated_form_of_known_word,
    _repeated_form_of_stated,
    _sentence_saying,
)
from bot.grounding.negation import _is_adverb
from bot.grounding.text import (
    _BE,
    _IMPERATIVES,
    _PREPOSITIONS,
    _SUBJECT_PRONOUNS,
    Finding,
    _content_positions,
    _is_content,
    _names_the_referent,
    _read,
    _stem,
    _Text,
)
from bot.sentences import STOPWORDS, is_rare_word
from ingest.textnorm import normalize_for_match

ROLE_WINDOW = 6           # tokens either side of a shared verb searched for who does what
# a comma before "which" or "who" opens no clause of its own: "LocalStack, which wraps a list"
_CLAUSES = re.compile(r"[;:.!?()]|,(?!\s*(?:which|who|whose)\b)|\s-+\s|\b(?:and|or|but|while|whereas)\b",
                      re.IGNORECASE)
_COMPOUND_WORD = re.compile(r"[a-z0-9]+(?:[-_'][a-z0-9]+)*", re.IGNORECASE)   # "upstream-branch" stays one word
_MODAL_WORDS = {"can", "could", "may", "might", "must", "should", "will", "would", "cannot"}
_MAIN_VERBS = {"have", "has", "had"}   # stop words that are often the verb joining who and what
_SUBORDINATORS = {"so", "if", "when", "because", "since", "although", "though", "while", "once", "unless", "whenever",
                  "after", "before", "until", "as"}   # what opens a clause put before the main one
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "your", "his", "her", "my",
                "each", "every", "any", "some", "no"}
_ING_NOUNS = {"nothing", "something", "anything", "everything", "string", "strings", "thing", "things"}
_PASSIVE_AUXILIARIES = {"come", "comes", "came", "get", "gets", "got", "gotten"}   # "comes installed by default"
# relations that hold both ways: "the URL is matched against your rules" is "your rules are matched against
# the URL"; who stands on which side of them changes nothing
_SYMMETRIC = {"match": {"against", "with"}, "compar": {"with", "to", "against"}, "pair": {"with"},
              "conflict": {"with"}, "collid": {"with"}, "overlap": {"with"}, "intersect": {"with"},
              "correspond": {"with"}}


def _passive_shaped(text: _Text, at: int) -> bool:
    """A be-form before the verb: "will be bootstrapped"; or before the participle it is joined to: "is
    introduced by a % and followed by a character"."""
    if any(t in _BE or t in _PASSIVE_AUXILIARIES for t in text.tokens[max(0, at - 2):at]):
        return True
    if not (at >= 2 and text.tokens[at - 1] in ("and", "or") and text.tokens[at].endswith(("ed", "en"))):
        return False
    return any(text.tokens[j] in _BE or text.tokens[j] in _PASSIVE_AUXILIARIES
               for j in text.clause_before(at - 1, ROLE_WINDOW * 2 - 1))


def _passive(text: _Text, at: int) -> bool:
    """"X was written by Y", "changed through Z": a be-form before the verb and its agent or means after it
    ("with" is left out: "created with one associated group", "surrounded with double quotes")."""
    agent_at = range(at + 1, min(at + ROLE_WINDOW, text.clause_after(at).stop))   # "bootstrapped into X by Y"
    return _passive_shaped(text, at) and \
        any(text.tokens[i] in ("by", "using", "via", "through") and
            not (text.tokens[i] == "by" and text.tokens[i + 1:i + 2] == ("default",)) and
            not _doing(text, i + 1) for i in agent_at)


def _doing(text: _Text, at: int) -> bool:
    """A gerund: "can be changed by editing the Makefile" names how, not who; the Makefile is what is edited,
    as in "to change this, edit the Makefile"."""
    token = text.tokens[at] if at < len(text.tokens) else ""
    return token.endswith("ing") and len(token) > 5 and token not in _ING_NOUNS


def _verb_like(text: _Text, at: int) -> bool:
    """A word that can join who with what: a verb form, or a word after "to" or a modal."""
    token = text.tokens[at]
    previous = text.tokens[at - 1] if at else ""
    if token.endswith("ed"):
        start = at - 1
        while start >= 0 and (text.tokens[start].endswith("ly") or text.tokens[start] == "own"):
            start -= 1
        opener = text.tokens[start] if start >= 0 else ""
        if opener in _DETERMINERS or opener.endswith("'s") or opener in _PREPOSITIONS:
            return False   # "a properly configured desktop", "its own newly created instance", "with saved
            # images": an adjective
    after_subject = previous in ("it", "he", "she", "this", "that", "which", "who") or \
        previous in _names_in(text.raw) or \
        (at > 1 and text.tokens[at - 2] in ("the", "a", "an") and previous not in STOPWORDS)   # "the examiner reviews"
    following = text.tokens[at + 1] if at + 1 < len(text.tokens) else ""
    # after "be", "been", "being" a participle, however it is formed: "will be read as", "has been shown"
    return token.endswith("ed") or previous in ("to", "will", "would", "can", "could", "should", "must", "may",
                                                 "might", "did", "does", "be", "been", "being") or \
        (token.endswith("s") and not token.endswith(("ss", "us", "is", "ics")) and after_subject
         and following not in _BE)   # "UPS models are supported": the subject, not a verb


def _may_act(text: _Text, i: int) -> bool:
    """Whether the word at i can be who or what: not a stop word, a month, a number or a release ("Debian 4.0")."""
    token = text.tokens[i]
    return not (token in STOPWORDS or token in MONTHS or token[0].isdigit() or
                (i + 1 < len(text.tokens) and text.tokens[i + 1][0].isdigit()))


def _sides(text: _Text, at: int, sign: int) -> dict[str, int]:
    """Shared-word stems near the verb at `at`: -1 before it, +1 after, times sign (-1 for a passive verb).
    Adverbs say how, not who: "are automatically loaded" / "are loaded automatically"."""
    near: dict[str, int] = {}
    both: set[str] = set()
    low, high = max(0, at - ROLE_WINDOW), min(len(text.tokens), at + ROLE_WINDOW + 1)
    # a be-form other than the verb's own auxiliary starts another clause: "the only program they need on
    # Linux is Emacs" puts Emacs on no side of "need"
    low = max([low] + [i + 1 for i in range(low, at - 2) if text.tokens[i] in _BE])
    high = min([high] + [i for i in range(at + 1, high) if text.tokens[i] in _BE])
    if text.tokens[:1] and text.tokens[0] in _SUBORDINATORS and not any(b < at for b in text.breaks):
        # a clause put first ("So that the default can be changed later, Click expects ...") ends at its comma
        high = min([high] + [b + 1 for b in text.breaks if b >= at])
    for i in range(low, high):
        if i == at or not _may_act(text, i) or _is_adverb(text.tokens[i]):
            continue
        side = sign * (1 if i > at else -1)
        if near.setdefault(text.stems[i], side) != side:
            both.add(text.stems[i])
    return {stem: side for stem, side in near.items() if stem not in both}


def _object_relative(text: _Text, at: int) -> bool:
    """"GIMP provides tips you can read": the verb's subject is a pronoun right before it (a modal between) and a
    word before that pronoun is what the verb acts on, so who does what is not in the word order."""
    subject = at - 1 if at and text.tokens[at - 1] in _SUBJECT_PRONOUNS else \
        at - 2 if at > 1 and text.tokens[at - 2] in _SUBJECT_PRONOUNS and text.tokens[at - 1] in _MODAL_WORDS else -1
    return subject > 0 and _is_content(text.tokens[subject - 1]) and subject - 1 not in text.breaks


def _compounded(raw: str, word: str) -> bool:
    """The word is half of a hyphenated compound ("dot-separated"), whose halves swap in a paraphrase."""
    return re.search(rf"\w-{re.escape(word)}\b|\b{re.escape(word)}-\w", raw, re.IGNORECASE) is not None


def _roles(c: _Text, e: _Text, _: str) -> Finding:
    names = {_stem(n.lower()) for n in _name_tokens(c.raw)}
    for at, stem in enumerate(c.stems):
        if (c.tokens[at] in STOPWORDS and c.tokens[at] not in _MAIN_VERBS) or stem in names \
                or c.stems.count(stem) != 1 or not _verb_like(c, at):
            continue
        found = [i for i, other in enumerate(e.stems) if other == stem and _verb_like(e, i)]
        # a verb the evidence uses twice may join other words each time: which one the answer restates is unknown
        if len(found) != 1 or _compounded(c.raw, c.tokens[at]) or _compounded(e.raw, e.tokens[found[0]]) or \
                _object_relative(e, found[0]):
            continue   # "kernel-related documentation" is "documentation related to the kernel"
        theirs = found[0]
        if c.tokens[at + 1:at + 2] and c.tokens[at + 1] in _SYMMETRIC.get(stem, ()):
            continue
        if c.tokens[max(0, at - 2):at] == ("used", "to") or e.tokens[max(0, theirs - 2):theirs] == ("used", "to"):
            continue   # what "is used to browse" them is the means, as in "browse them using the TAB key"
        # both in the passive's shape, whatever the preposition ("bootstrapped using certificates" / "from
        # the certificates"): their words are compared where they stand
        same_shape = _passive_shaped(c, at) and _passive_shaped(e, theirs)
        # a passive with no agent ("completion can be set up with the file") against an active ("the file sets up
        # completion"): its subject is what is acted on, and nothing says who acts
        if _passive_shaped(c, at) != _passive_shaped(e, theirs) and not _passive(c, at) and not _passive(e, theirs):
            continue
        sign_c = 1 if same_shape or not _passive(c, at) else -1
        sign = 1 if same_shape or not _passive(e, theirs) else -1
        here, there = _sides(c, at, sign_c), _sides(e, theirs, sign)
        if len(set(here.values())) < 2:   # "A verb B" needs words on both sides of the verb
            continue
        clause = range(max([-1] + [b for b in e.breaks if b < theirs]) + 1,
                       min([len(e.tokens) - 1] + [b for b in e.breaks if b >= theirs]) + 1)
        for w in here.keys() - there.keys():   # a word the passage puts further off in the clause
            sides = {sign * (1 if i > theirs else -1) for i in clause if e.stems[i] == w and _may_act(e, i)}
            if len(sides) == 1:
                there[w] = sides.pop()
        flipped = [w for w in here if w in there and here[w] != there[w] and w != stem]
        if len({here[w] for w in flipped}) == 2:   # an exchange: one word crossed each way ("A verb B" / "B verb A")
            swapped = [w for w in flipped if w in names] or flipped
            return "contradicted", f"the answer has '{c.tokens[c.stems.index(swapped[0])]}' on the other side " \
                                   f"of '{c.tokens[at]}' from the passage: who does what is reversed"
    return None


@dataclass(frozen=True)
class _Clause:
    words: dict[str, str]        # content stem -> the word as written
    at_join: frozenset[str]      # stems of the words right beside an "and"/"or" that bounds the clause


def _clauses(raw: str) -> list[_Clause]:
    """The clauses of a text (they end at punctuation and at and/or/but/while), each with its content words."""
    stem = _stem
    normalized = normalize_for_match(raw, casefold=False)
    parts = _CLAUSES.split(normalized)
    separators = [m.group(0).lower() for m in _CLAUSES.finditer(normalized)]
    clauses = []
    for i, part in enumerate(parts):
        words = [(stem(w.lower().split("'")[0]), w) for w in _COMPOUND_WORD.findall(part)]
        joined_before = i > 0 and separators[i - 1] in ("and", "or")
        joined_after = i < len(separators) and separators[i] in ("and", "or")
        at_join: set[str] = set()
        for run, joined in ((words, joined_before), (words[::-1], joined_after)):
            for key, word in run if joined else []:
                if word.lower() in STOPWORDS:
                    break
                at_join.add(key)
        clauses.append(_Clause({k: w for k, w in words if w.lower() not in STOPWORDS}, frozenset(at_join)))
    return clauses


def _exchanged(c: _Text, e: _Text, _: str) -> Finding:
    """Two clauses trade words: "push to origin and fall back to the current branch's remote" / "push to the
    current branch's remote and fall back to origin". Two of the answer's clauses each keep words of the
    passage's clause in the same place and take words of the other. Items of a list reordered around an
    "and" ("name and email" / "email and name") do not count: the traded words must not all stand at the join."""
    ours, theirs = _clauses(c.raw), _clauses(e.raw)
    counts_ours = Counter(w for part in ours for w in part.words)
    counts_theirs = Counter(w for part in theirs for w in part.words)
    once = {w for w in counts_ours if counts_ours[w] == 1 and counts_theirs[w] == 1}
    our_parts = [part for part in ours if len(part.words.keys() & once) >= 2]
    their_parts = [(part, part.words.keys() & once) for part in theirs if len(part.words.keys() & once) >= 2]
    for i, first in enumerate(our_parts):
        for second in our_parts[i + 1:]:
            for j, (one, in_one) in enumerate(their_parts):
                for other, in_other in their_parts[j + 1:]:
                    kept = (first.words.keys() & in_one, second.words.keys() & in_other)
                    traded = (first.words.keys() & in_other, second.words.keys() & in_one)
                    if not all(kept + traded):
                        continue
                    at_join = first.at_join | second.at_join
                    if all(w in at_join and w in one.at_join | other.at_join for w in traded[0] | traded[1]):
                        continue
                    moved, stays = sorted(traded[0])[0], sorted(kept[0])[0]
                    return "contradicted", f"the answer puts '{first.words[moved]}' with '{first.words[stays]}'; " \
                                           "the passage has them in different clauses: who does what is exchanged"
    return None


def _value_given_another_name(c: _Text, e: _Text, _: str) -> Finding:
    """A number the passage's clause gives one name, given in the answer to another name it says elsewhere:
    "Apple clang 14 defaults to C++98, LLVM clang 14 to C++14" / "LLVM clang 14 defaults to C++98, Apple clang 14
    to C++14". Each word counted is said once on each side; a clause with the number and no name moves nothing."""
    ours, theirs = _clauses(c.raw), _clauses(e.raw)
    single = _said_once(ours) & _said_once(theirs)
    first = c.written[0].lower() if c.written else ""
    names = {stem for part in ours for stem, word in part.words.items()
             if stem in single and word.lower() != first and any(ch.isupper() for ch in word)}
    for part in ours:
        for value in (v for v in part.words.keys() & single if any(ch.isdigit() for ch in v)):
            home = next(p for p in theirs if value in p.words)
            ours_there = [n for n in part.words.keys() & names if n not in home.words]
            theirs_there = [n for n in home.words.keys() & names if n not in part.words]
            if ours_there and theirs_there:
                return "contradicted", f"the passage gives '{home.words[value]}' to '{home.words[theirs_there[0]]}'; " \
                                       f"the answer to '{part.words[ours_there[0]]}'"
    return None


def _said_once(parts: list[_Clause]) -> set[str]:
    counts = Counter(stem for part in parts for stem in part.words)
    return {stem for stem, n in counts.items() if n == 1}


def _name_in_another_slot(c: _Text, e: _Text, context: str) -> Finding:
    """A name put where the passage has another between the same two words: "deserializing JSON data" /
    "deserializing pickle data", "passing -m before the script" / "passing -i before the script", "the special
    argument WC exports" / "the special argument INDEX exports". The name check passes these when the answer's
    name is elsewhere in the passage; so the slot's own word must be a name too, or the answer's name must be
    one the passage gives elsewhere (then the passage tells the two apart)."""
    ours, theirs = _name_positions(c), _name_positions(e)
    for at in sorted(ours):
        last = at == len(c.tokens) - 1      # "a missing parent raises FileExistsError.": the end is its slot
        if at == 0 or c.tokens[at - 1] in STOPWORDS and (last or c.tokens[at + 1] in STOPWORDS):
            continue
        before, after = c.stems[at - 1], ("" if last else c.stems[at + 1])
        beside = {side for side, token in ((before, c.tokens[at - 1]), (after, "" if last else c.tokens[at + 1]))
                  if token and token not in STOPWORDS}
        slots = [i for i in range(1, len(e.tokens)) if _fills_slot(e, i, before, after)]
        if not slots or any(e.stems[i] == c.stems[at] for i in slots):
            continue
        other = slots[0]
        if any(j != at and c.stems[j] == e.stems[other] and _fills_slot(c, j, before, after)
               for j in range(1, len(c.tokens))):
            continue   # the answer names both in that place, as the passage does: "the SCGI module is based on the
            # FastCGI module" for "The SCGI module is heavily based on the FastCGI"
        nearby = e.stems[max(0, other - 3):other + 4]
        if (e.tokens[other] in STOPWORDS and other not in theirs) or \
                _said_beside(e, c.stems[at], before, after, beside) or c.stems[at] in nearby:
            continue   # "the Debian utility dpkg" said as "the dpkg utility": words reordered, nothing swapped
        between_words = c.tokens[at - 1] not in STOPWORDS and (last or c.tokens[at + 1] not in STOPWORDS)
        if e.written[other].islower() and _said_elsewhere_in(c, at, e.stems[other]):
            continue   # "a general-purpose Python library ... to add retry behavior" / "general-purpose retrying
            # library, written in Python": the slot's own word, a plain one, is in the answer too (a name is not
            # moved so: "the special argument WC exports the current index" / "the special argument INDEX")
        if other in theirs or (between_words and e.stems[other] not in c.stems and
                               (c.stems[at] in e.stems or c.stems[at] in _read(context).stems)):
            said, written = e.written[other - 1:other + (1 if last else 2)], c.written[at - 1:at + 2]
            return "contradicted", f"the passage says '{' '.join(said)}'; the answer says '{' '.join(written)}'"
    return None


def _said_elsewhere_in(c: _Text, at: int, stem: str) -> bool:
    """The answer says the word (by its stem) away from the name at `at`, which is no name of two slots."""
    return any(s == stem and abs(i - at) > 1 for i, s in enumerate(c.stems))


SWAP_WORDS = 3   # content words on either side of a name swap ("Miroslav Kuře" / "Frans Pop")


def _name_swapped_in_its_sentence(c: _Text, e: _Text, context: str) -> Finding:
    """The sentence that says what the answer says, with another name where the answer has its own: "Frans Pop
    was the main editor" / "Miroslav Kuře was the main editor", "uuid1() may compromise privacy" / "uuid4() can
    compromise privacy". The answer's name may stand elsewhere in the passage (the sentence before names
    Miroslav Kuře too), which is why the name check let it through. The two are lined up by their content words:
    where they part, a name only the answer has faces a name only the sentence has."""
    best = _sentence_saying(c, e) or e
    ours, theirs = _content_positions(c), _content_positions(best)
    our_names, their_names = _name_positions(c), _name_positions(best)
    matcher = SequenceMatcher(None, [c.stems[i] for i in ours], [best.stems[j] for j in theirs], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if j1 < j2 == len(theirs) and i2 - i1 > j2 - j1 and ours[i1] in our_names and theirs[j1] in their_names:
            # the sentence ends where the answer goes on with the next one's words, a name first on each side
            # ("... originally written by Ian Bicking, which lets you ..." / "... written by Fredrik Lundh. This
            # allows you ..."): the swap is in the words they part on first
            i2 = i1 + (j2 - j1)
        # a swap puts a word or two for as many; a long stretch said otherwise is a paraphrase, not a swap
        if op != "replace" or max(i2 - i1, j2 - j1) > SWAP_WORDS or abs((i2 - i1) - (j2 - j1)) > 1:
            continue
        # "unkillable" for "non-killable" names nothing: the negation rules judge it
        mine = [ours[i] for i in range(i1, i2) if ours[i] in our_names and not _named_in(c.tokens[ours[i]], best)
                and not _repeated_form_of_stated(c.tokens[ours[i]], best)
                and not _negated_form_of_known_word(c.tokens[ours[i]], best)]
        other = [theirs[j] for j in range(j1, j2)
                 if theirs[j] in their_names and not _named_in(best.tokens[theirs[j]], c)]
        # "LoginRequiredMixin" for the passage's "this mixin", under its heading, names what the passage means
        mine = [i for i in mine if not any(_names_the_referent(c.written[i], best.written[j], context) for j in other)]
        if mine and other:
            return "contradicted", f"the passage says '{best.written[other[0]]}'; the answer says " \
                                   f"'{c.written[mine[0]]}'"
    return None


# a word or a name written as one: "dogpile.cache", "use_step_matcher()", "Server-Name-Indication"
_UNIT = re.compile(r"[\w.-]*\w(?:\(\))?")
_CODE_NAME = re.compile(r"[._(]")     # a name of code: "dogpile.cache", "cache_impl", "render()"


def _names_traded(c: _Text, e: _Text, _: str) -> Finding:
    """Two names the passage gives, each put in the other's place: "By default ... make use of Beaker. To use
    dogpile.cache, the cache_impl argument must be set." / "... make use of dogpile.cache, and to use Beaker ...".
    Each name stands once in each text, and the answer gives each the words around the other in the passage (the
    word before and after, or the two before), neither its own. One of two names of code taking the other's place
    is enough ("The function step_matcher() is becoming deprecated. Use use_step_matcher() instead." / "The
    function use_step_matcher() is becoming deprecated"); words may swap places in a paraphrase ("a proprietary
    Microsoft protocol for VPN" / "a proprietary VPN protocol from Microsoft")."""
    ours, theirs = _name_units(c.raw), _name_units(e.raw)
    shared = [name for name in ours if name in theirs]

    def takes_place(name: str, of: str) -> bool:
        return any(mine == said and any(w and w not in STOPWORDS for w in mine)
                   for mine, said in zip(ours[name][1][:2], theirs[of][1][:2]))

    def stays(name: str) -> bool:   # a list reordered keeps each name with its words: "X for one file and Y ..."
        return any(mine == said for mine, said in zip(ours[name][1], theirs[name][1]))

    for first, second in itertools.permutations(shared, 2):
        if not takes_place(first, second) or stays(first) or stays(second):
            continue
        if takes_place(second, first) or (_CODE_NAME.search(first) and _CODE_NAME.search(second)):
            return "contradicted", f"the answer puts '{ours[first][0]}' where the passage has '{theirs[second][0]}'"
    return None


def _name_units(raw: str) -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    """Each name a text gives once (an identifier, a call, a word with a capital not opening a sentence), keyed in
    lower case: as written, and its frames, (the word before, the word after), (the two words before) and (the two
    words after)."""
    text = normalize_for_match(raw, casefold=False)
    units = list(_UNIT.finditer(text))
    words = [m.group(0).rstrip(".").lower() for m in units]
    found: dict[str, list[tuple[str, tuple[tuple[str, str], ...]]]] = {}
    for i, m in enumerate(units):
        unit = m.group(0).rstrip(".")
        opens = not text[:m.start()].rstrip() or text[:m.start()].rstrip()[-1] in ".!?:;"
        if not (_CODE_NAME.search(unit) or any(ch.isupper() for ch in unit[1:]) or
                (unit[:1].isupper() and not opens and unit.lower() not in STOPWORDS)):
            continue
        before, after = (words[i - 1] if i else ""), words[i + 1:i + 3] + ["", ""]
        frames = ((before, after[0]), (words[i - 2] if i > 1 else "", before), (after[0], after[1]))
        found.setdefault(unit.lower(), []).append((unit, frames))
    return {name: places[0] for name, places in found.items() if len(places) == 1}


def _named_in(token: str, text: _Text) -> bool:
    """Whether the text has the name, maybe as its plural ("DSA" / "DSAs", which no stemmer joins) or with a
    number written against it ("Windows3.x": the number check reads the number)."""
    return any(t in text.tokens for t in (token, token + "s", token.removesuffix("s"))) or \
        any(t.startswith(token) and t[len(token):len(token) + 1].isdigit() for t in text.tokens)


def _fills_slot(text: _Text, i: int, before: str, after: str) -> bool:
    """Whether the token at i stands between the stems before and after ("" for after: the end of a clause)."""
    if text.stems[i - 1] != before:
        return False
    if not after:
        return i == len(text.tokens) - 1 or i in text.breaks
    return i + 1 < len(text.tokens) and text.stems[i + 1] == after


def _said_beside(text: _Text, name: str, before: str, after: str, content: set[str]) -> bool:
    """Whether the text has the name a few words before `after` or after `before`, of those that are content
    words ("Etch (Debian 4.0) release" for "the Etch release")."""
    at = [i for i, stem in enumerate(text.stems) if stem == name]
    return any((after in content and text.stems[i + d:i + d + 1] == (after,)) or
               (before in content and i - d >= 0 and text.stems[i - d] == before)
               for i in at for d in (1, 2, 3))


def _name_positions(text: _Text) -> set[int]:
    """Where a text's tokens are names: written with a capital (not as its first word), an option ("-i"),
    or rare in English."""
    positions = set()
    for i, (word, token) in enumerate(zip(text.written, text.tokens)):
        option = i in text.options
        if token in STOPWORDS and not word.isupper() and not option:
            continue
        # "... munge.key. Make sure ...": an order opening a sentence names nothing
        capital = i > 0 and any(ch.isupper() for ch in word) and \
            (token, text.tokens[i + 1] if i + 1 < len(text.tokens) else "") not in _IMPERATIVES
        if capital or option or (len(token) > 2 and not token[0].isdigit() and is_rare_word(token)):
            positions.add(i)
    return positions
