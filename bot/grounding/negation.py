"""Negations and opposites: a "not" one side lacks, an antonym, a prefix or a modifier that turns a word round."""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from bot.grounding.text import (
    _COMPARATIVE,
    _COMPARISON_WAYS,
    _ER_NOUNS,
    _NOT_DENYING_AFTER,
    _NOT_LACKING,
    _QUANTIFIERS,
    SEQUENCE_REACH,
    Finding,
    _is_content,
    _read,
    _stem,
    _Text,
)
from bot.sentences import STOPWORDS, is_common_word

SCOPE_WORDS = 4           # content words after a negation that it is taken to bear on
_HYPHENATED = re.compile(r"(?<![\w-])([A-Za-z]{2,})-([A-Za-z]{2,})(?![\w-])")   # "row-major", not "x86-64"
_NEGATIONS = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without", "unable",
              "refuse", "refuses", "refused", "fail", "fails", "failed", "lack", "lacks", "nowhere"}
_DENYING_VERBS = {"fail", "fails", "failed", "refuse", "refuses", "refused"}   # "fails to start": "does not start"
# Words that deny without a "not" ("neglect" for "lack of attention", "should be avoided" for "should not be
# used"): an answer using one may restate a passage's negation, so the rules leave that to the entailment model.
_DENYING_STEMS = {"avoid", "neglect", "absenc", "absent", "miss", "omit", "refrain", "prevent", "forbid", "forbidden",
                  "prohibit", "ban", "discourag", "ignor", "lack", "instead", "rather", "except", "exclud", "hard",
                  "rare", "seldom", "unless", "until", "fail", "abstain", "barr", "none", "differ", "distinct",
                  "leav", "left", "drop", "skip", "unlik", "beyond", "spare"}   # "sparing you any coordination"
_LOSS_NOUNS = {"penalty", "penalties", "hit", "loss", "losses", "cost", "costs", "overhead"}
_COUNTING = {"first", "last", "final", "initial", "next", "previous", "second", "third"}   # "the last hit": no loss
_SETTING_APART = {"than", "except", "excepting", "outside", "besides", "beyond", "excluding", "unlike"}
_MEANS = {"way", "ways", "means", "possibility", "option"}   # "no way to X" denies X
_CEASING = {"stop", "ceas", "quit"}   # "stops responding": what follows no longer happens
_PASSING_OVER = {"rather", "instead"}   # of _DENYING_STEMS, those that set one thing aside for another
_NEGATIVE_PREFIXES = ("un", "in", "im", "ir", "il", "dis", "non")
EXCLUSIVE_REACH = 12   # words after a negation that its "besides" or "except" may stand at ("no way ... besides X")
_ADJECTIVE_ENDINGS = ("able", "ible", "al", "ent", "ant", "ive", "ect", "id", "ete", "ular", "ful", "ous")
_ONCE = {"once", "after", "when", "whenever"}   # what holds from a moment on: "not X until Y" is "X once Y"
_ADDITIVE_AFTER_NOT = {"only", "just", "merely", "simply"}   # "not only X but also Y" adds, it does not deny
_WHENEVER = {"when", "whenever"}             # a general "when" is each time it happens ...
_ONCE_ONLY = {"first", "once", "only"}       # ... unless it is said of one time
EVENT_WORDS = 8     # words of the clause after "each time" / "when" that say which event
# "no X other than Y", "nothing unless Y", "not ... before Y", "Y but nothing else": "only Y"
_EXCLUSIVE_AFTER_NEGATION = {"other", "except", "besides", "but", "apart", "unless", "until", "before", "else"}
_EXCLUSIVE = {word for word, kinds in _QUANTIFIERS.items() if kinds == {"only"}}
_TIME_ADVERBS = {"already", "yet", "always", "ever", "even", "still", "currently", "actually", "necessarily"}
_LY_VERBS = {"apply", "reply", "supply", "comply", "multiply", "imply", "rely", "assembly", "family", "anomaly"}
# "keeping the database from treading on its toes": it does not tread
_KEPT_FROM = re.compile(r"\b(?:keep|keeps|keeping|kept|stop|stops|stopping|stopped)\b[^.,;:]{1,60}?"
                        r"\bfrom\s+([a-z]+ing)\b", re.IGNORECASE)
_FRAME_PREPOSITIONS = {"by", "at", "on", "in", "for"}   # "disabled by default", "enabled at startup"
# Pairs of opposites, as stems' first forms; a claim that says one where its evidence says the other flips it.
_OPPOSITES = [
    ("open", "closed secret opaque hidden"), ("transparent", "opaque secret hidden"), ("fast", "slow"),
    ("rapid", "slow"), ("quick", "slow"), ("swift", "slow"), ("speed", "slow"), ("breathtaking", "slow"),
    ("ahead", "behind"), ("above", "below"), ("lighter", "darker"), ("light", "dark heavy heavyweight"),
    ("lightweight", "heavyweight"), ("lead", "lag"),
    ("include", "exclude"), ("bring", "exclude"), ("inclusive", "exclusive"),
    ("increase", "decrease reduce lighten cut"), ("rise", "fall decline"), ("grow", "shrink decline"),
    ("more", "less fewer"), ("much", "little"),
    ("higher", "lower"), ("better", "worse"), ("strengthen", "weaken diminish undermine"),
    ("protect", "violate undermine"), ("diminish", "strengthen enhance expand increase"),
    ("perpetuate", "end eliminate reduce"), ("benefit", "harm"), ("success", "failure"), ("succeed", "fail"),
    ("strong", "weak"), ("public", "private"), ("legal", "illegal"), ("accept", "reject"), ("support", "oppose"),
    ("allow", "forbid prohibit ban prevent"), ("able", "unable"), ("easy", "difficult hard"),
    ("cheap", "expensive costly"), ("safe", "unsafe dangerous"), ("condemn", "praise endorse"),
    ("critical", "optional unimportant"), ("important", "unimportant optional"), ("essential", "optional"),
    ("strict", "lenient lax loose"), ("robust", "fragile brittle"), ("old", "new"), ("older", "newer"),
    ("previous", "new"), ("oldest", "newest latest recent"), ("earlier", "later"), ("high", "low"),
    ("highest", "lowest"),
    ("long", "short"), ("easier", "harder"), ("bidirectional", "unidirectional"),
    ("longer", "shorter"), ("enable", "disable"),
    ("first", "last final"), ("beginning", "end"), ("early", "late"), ("left", "right"), ("top", "bottom"),
    ("foreground", "background"),
    ("before", "after"),
    ("large", "small"), ("big", "small"),
    ("many", "few"), ("most", "least"), ("maximum", "minimum"), ("agree", "disagree"), ("remain", "stop"),
    ("free", "paid proprietary"), ("unique", "common"), ("challenge", "accept"), ("nuanced", "simplistic"),
    ("useful", "useless"), ("efficient", "inefficient"), ("fair", "unfair"), ("equal", "unequal"),
    ("available", "unavailable"), ("possible", "impossible"), ("replicable", "unreplicable"),
    ("rare", "frequent often common usual"), ("occasional", "frequent regular"), ("seldom", "often frequent"),
    ("never", "always"), ("always", "usually sometimes occasionally rarely seldom generally typically"),
    ("static", "dynamic"), ("positive", "negative"), ("synchronous", "asynchronous"), ("local", "remote"),
    ("internal", "external"),
    ("absolute", "relative"), ("inbound", "outbound"), ("incoming", "outgoing"), ("explicit", "implicit"),
    ("manual", "automatic"), ("temporary", "permanent persistent stable"), ("upstream", "downstream"),
    ("true", "false"),
    ("same", "different differ"), ("identical", "different differ"), ("like", "unlike"),
    ("encourage", "discourage"), ("recommend", "discourage"), ("simple", "complex complicated involved"),
    ("simpler", "involved complex complicated"), ("earliest", "latest newest recent"), ("intermediate", "final"),
    ("initial", "final"),
    ("simplest", "complex complicated"), ("largest", "smallest"), ("biggest", "smallest"), ("greatest", "least"),
    ("best", "worst"), ("fastest", "slowest"), ("longest", "shortest"), ("tight", "loose"),
    ("honor", "disregard ignore"), ("honour", "disregard ignore"),
    ("mutable", "immutable"),
    ("faster", "slower"), ("quicker", "slower"), ("larger", "smaller"), ("bigger", "smaller"), ("wider", "narrower"),
    ("stronger", "weaker"), ("heavier", "lighter"), ("cheaper", "costlier"), ("safer", "riskier"),
    ("successful", "unsuccessful fail failed failure"), ("success", "fail failed"), ("future", "past"),
]
# Words a passage's denial may be contradicted with: "isn't stored in the configuration" / "is kept in it";
# "recommended (but not mandatory)" / "required"
_SYNONYMS = ["mandatory required necessary compulsory obligatory",
             "store stored keep kept save saved retain maintain maintained",
             "allow permit", "show display", "remove delete erase", "change modify alter",
             "seldom rarely", "often frequently", "same identical", "appropriate suitable", "fit suit",
             "restricted constrained limited", "outside external externally",
             "reduce decrease lessen minimise minimize lower", "like ish"]
# words of the opposites list the passage may say in other words ("have to be defined by hand" / "supplied
# manually", beside "defined automatically"), by stem
_SAID_OTHERWISE = {"manual": ("by hand",), "automat": ("on its own", "by itself", "by themselves")}
# Closed classes: any two members differ as opposites do ("separated by ; (semi-colon)" / "by , (comma)");
# a member's spellings are joined by "/" ("semi-colon" reads as two words, "semi" and "colon").
_CLOSED_CLASSES = [
    "comma semicolon/semi period slash backslash underscore pipe tab",
    "monday tuesday wednesday thursday friday saturday sunday",
    "red green blue yellow magenta cyan black white brown orange purple pink",
    # "the third line from the bottom" is no "second line" ("first" is left out: it orders steps as often)
    "second third fourth fifth sixth seventh eighth ninth tenth",
]


def _phrase(text: _Text, at: int, after: int = 3) -> str:
    return " ".join(text.tokens[max(0, at - 1):at + after + 1])


def _is_negation(token: str) -> bool:
    return token in _NEGATIONS or token.endswith("n't")


def _negation_scopes(text: _Text) -> list[tuple[int, set[str]]]:
    """Each negation with the content stems it bears on ("not only ... but" adds, so it is left out)."""
    scopes = []
    for i, token in enumerate(text.tokens):
        if not _is_negation(token) or _either_way(text.tokens, i):
            continue
        if token in _DENYING_VERBS and text.tokens[i + 1:i + 2] != ("to",):   # "the build fails in the VFS
            continue                                                          # code" denies nothing after it
        following = text.tokens[i + 1] if i + 1 < len(text.tokens) else ""
        # "not only X but also Y", or "for Y, not only X", adds X to Y
        if (following in _ADDITIVE_AFTER_NOT and (token == "not" or {"but", "also"} & set(text.tokens[i:]))) or \
                following in _NOT_DENYING_AFTER.get(token, ()):
            continue
        if token == "no" and following in ("option", "choice", "alternative") and \
                text.tokens[i + 2:i + 3] == ("but",):
            continue   # "has no option but the 64-bit edition" says it must use it
        scope = [text.stems[j] for j in text.clause_after(i)
                 if text.tokens[j] not in STOPWORDS and text.tokens[j] not in _NEGATIONS][:SCOPE_WORDS]
        scopes.append((i, set(scope)))
    return scopes


def _either_way(tokens: tuple[str, ...], at: int) -> bool:
    """The negation at `at` only completes an alternative that leaves both ways open: "whether or not", "does or
    doesn't", "can or cannot", "may or may not"."""
    token = tokens[at]
    if at >= 1 and tokens[at - 1] == "or" and (token == "not" or (at >= 2 and token.startswith(tokens[at - 2]))):
        return True
    return token == "not" and at >= 3 and tokens[at - 2] == "or" and tokens[at - 1] == tokens[at - 3]


def _negation(c: _Text, e: _Text, _: str) -> Finding:
    """A negation on one side whose words the other side states without one."""
    if (turned := _failure_denied(c, e)) is not None:
        return "contradicted", f"the passage says '{turned}'; the answer says it does"
    in_claim, in_evidence = _negation_scopes(c), _negation_scopes(e)
    if _EXCLUSIVE & set(e.tokens):
        in_claim = [(at, scope) for at, scope in in_claim if not _exclusive(c, at)]
    if _EXCLUSIVE & set(c.tokens):
        in_evidence = [(at, scope) for at, scope in in_evidence if not _exclusive(e, at)]
    # when the other side denies something too, on other words ("do not apply to" / "are not covered by"),
    # the rules cannot tell a restatement from a reversal: the entailment model reads those
    prefix_negated = _prefix_negated(e)
    # "non existing", "prevent breaking", "stops responding" ("fails to respond")
    denied_in_evidence = prefix_negated | _denied_by_other_words(e) | _ceased(e)
    for at, scope in in_claim:
        shared = scope & e.content
        negated = _negated_word(c, at)   # "needn't be computed again" is "avoids recomputation"
        # "does not get a fresh evaluation environment" / "rather than creating a new evaluation environment"
        restated = {negated, "re" + negated} & denied_in_evidence or _bears(scope & _passed_over(e), scope)
        if _bears(shared, scope) and not in_evidence and not restated:
            return "contradicted", f"the answer says '{_phrase(c, at)}'; the passage does not negate it"
    denies_otherwise = (_DENYING_STEMS & set(c.stems)) - set(e.stems)
    # "unchanged", "rather than X"; not what both sides deny the same way: in "omitted if the KDC listens" for
    # "omitted if the KDC does not listen", the shared "omitted" restates nothing of the "not"
    negated_words = _prefix_negated(c) | (_denied_by_other_words(c) - _denied_by_other_words(e))
    for at, scope in in_evidence:
        if any(at in e.clause_after(before) for before, _ in in_evidence if before < at):
            continue   # "does not mean that no Lintian tag exists": the two cancel
        if e.tokens[at + 1:at + 3] in (("the", "only"), ("the", "sole")) and not _EXCLUSIVE & set(c.tokens):
            continue   # "that's not the only place defaults come from" says there is another: "also", "second"
        if e.tokens[at - 1:at] == ("until",) and {"while", "long"} & set(c.tokens):
            continue   # "deferred until no earlier job is pending" is "held back while any earlier job is pending"
        if "until" in (e.tokens[j] for j in e.clause_after(at)) and _ONCE & set(c.tokens) and "until" not in c.tokens:
            continue   # "is not visible until you activate it" is "becomes visible once you toggle it"
        denied = _negated_word(e, at)
        # "dquilt cannot handle X" says nothing of "detects X"; "isn't stored" is denied by "is kept"
        restated = bool(_same_meaning(denied) & set(c.stems))
        shared = scope & c.content | ({denied} if restated else set())
        # the claim's negations may restate this one in other words, unless each restates another of the
        # passage's ("does not easily support" / "does not easily support ... will not be visible") or a word
        # the passage denies by its prefix ("not essential" / "non-essential")
        kept = any(_keeps_negation(c, e, in_evidence, (at, scope | {denied}), (claim_at, claim_scope))
                   for claim_at, claim_scope in in_claim if _negated_word(c, claim_at) not in prefix_negated)
        if _bears(shared, scope) and not kept and not denies_otherwise and not scope & negated_words \
                and restated:
            return "contradicted", f"the passage says '{_phrase(e, at)}'; the answer drops the negation"
    return None


def _failure_denied(c: _Text, e: _Text) -> str | None:
    """The passage denies a failure or a refusal ("This function never fails", "does not refuse") that the answer
    states plainly ("fails with an exception"): a denying verb, itself denied, is no denial the answer may
    restate with that verb. The passage's words, or None."""
    for i, token in enumerate(e.tokens):
        if token in _DENYING_VERBS and any(_is_negation(t) for t in e.tokens[max(0, i - 2):i]):
            stem = e.stems[i]
            for j, other in enumerate(c.stems):
                if other == stem and c.tokens[j] in _DENYING_VERBS and \
                        not any(_is_negation(t) for t in c.tokens[max(0, j - 3):j]):
                    return " ".join(e.tokens[max(0, i - 1):i + 1])
    return None


def _keeps_negation(c: _Text, e: _Text, in_evidence: list[tuple[int, set[str]]], theirs: tuple[int, set[str]],
                    ours: tuple[int, set[str]]) -> bool:
    """Whether the claim's negation `ours` (position, scope) may restate the passage's `theirs` (position, scope
    with the denied word). One in the very words of another of the passage's negations ("without a filename")
    restates that one, and keeps this one only if what it covers beyond that one is this one's ("could be
    invoked without a filename" keeps the passage's "without", not its "could not be invoked"); any other may
    restate this one in other words, unless it restates another of the passage's."""
    at, scope = theirs
    claim_at, claim_scope = ours
    same = [other for other_at, other in in_evidence
            if other_at != at and e.tokens[other_at:other_at + 3] == c.tokens[claim_at:claim_at + 3]]
    if same:
        return _overlaps(scope, claim_scope.difference(*same))
    return not any(_overlaps(other, claim_scope) for other_at, other in in_evidence if other_at != at) \
        or _overlaps(scope, claim_scope)


def _overlaps(scope: AbstractSet[str], other: AbstractSet[str]) -> bool:
    """Two negations bear on the same words, or on words that mean the same."""
    return any(_same_meaning(word) & other for word in scope)


@lru_cache(maxsize=1)
def _synonym_stems() -> dict[str, set[str]]:
    stem = _stem
    groups: dict[str, set[str]] = {}
    for words in _SYNONYMS:
        stems = {stem(word) for word in words.split()}
        for one in stems:
            groups.setdefault(one, set()).update(stems)
    return groups


def _same_meaning(stem: str) -> set[str]:
    """The stem and those of words that mean the same ("stored", "kept"), for a denial said in other words."""
    return {stem} | _synonym_stems().get(stem, set())


def _negated_word(text: _Text, at: int) -> str:
    """The stem of the first content word after the negation at `at` (the verb it denies), or "": in "no
    longer have", "have"."""
    return next((text.stems[j] for j in text.clause_after(at)
                 if text.tokens[j] not in STOPWORDS and text.tokens[j] not in _NEGATIONS
                 and not _is_adverb(text.tokens[j]) and not (j == at + 1 and text.tokens[j] == "longer")
                 # "won't be able to tell" denies "tell"
                 and not (text.tokens[j] == "able" and text.tokens[j + 1:j + 2] == ("to",))
                 # "no way to interrupt it" denies "interrupt"
                 and not (j == at + 1 and text.tokens[j] in _MEANS and text.tokens[j + 1:j + 2] in (("to",), ("of",)))),
                "")


def _is_adverb(token: str) -> bool:
    """A word that says how or when, not what: "not already publicly disclosed" denies "disclosed"."""
    return token in _TIME_ADVERBS or (len(token) > 5 and token.endswith("ly") and token not in _LY_VERBS)


def _denied_by_other_words(text: _Text, denying: AbstractSet[str] = _DENYING_STEMS) -> set[str]:
    """The content stems a denying word other than "not" bears on ("rather than a meta-package", "avoid X"); a
    denying adverb bears on the verb before it too ("may behave differently than expected")."""
    after = {text.stems[j] for i, stem in enumerate(text.stems) if stem in denying
             for j in list(text.clause_after(i))[:SCOPE_WORDS + 2] if text.tokens[j] not in STOPWORDS}
    kept_from = {_stem(m.group(1).lower()) for m in _KEPT_FROM.finditer(text.raw)}   # "keeping X from treading"
    before = {text.stems[i - 1] for i, (token, stem) in enumerate(zip(text.tokens, text.stems))
              if i and stem in denying and token.endswith("ly") and text.tokens[i - 1] not in STOPWORDS}
    return after | kept_from | before


def _ceased(text: _Text) -> set[str]:
    """The stems of what a text says stops happening: "stops responding" denies "respond"."""
    return {text.stems[i + 1] for i in range(len(text.tokens) - 1)
            if text.stems[i] in _CEASING and text.tokens[i + 1].endswith("ing") and len(text.tokens[i + 1]) > 5}


def _passed_over(text: _Text) -> set[str]:
    """The content stems of what "rather than" or "instead of" sets aside: "Rather than creating a new
    evaluation environment R uses ..." denies a new evaluation environment."""
    return _denied_by_other_words(text, _PASSING_OVER)


def _prefix_negated(text: _Text) -> set[str]:
    """The stems that words with a negative prefix deny ("unchanged" -> "chang", "non-free" -> "free"), and those
    a "-less" suffix denies ("parentless" -> "parent": "has no parent")."""
    stem = _stem
    split = {stem(text.tokens[j]) for j in _after_non(text)}   # "non existing"
    lacking = {stem(token[:-4]) for token in text.tokens
               if token.endswith("less") and len(token) > 7 and token not in _NOT_LACKING} | \
        {text.stems[j - 1] for j in text.hyphened if text.tokens[j] == "less"}   # "argument-less"
    return split | lacking | \
        {stem(rest.lstrip("-")) for token in text.tokens for rest in _unprefixed(token) if len(rest) > 3}


def _unprefixed(token: str) -> list[str]:
    """What follows each negative prefix the token starts with ("unchanged" -> "changed", "non-free" -> "-free")."""
    if not token.startswith(_NEGATIVE_PREFIXES):   # most tokens: one call instead of one per prefix
        return []
    return [token[len(prefix):] for prefix in _NEGATIVE_PREFIXES if token.startswith(prefix)]


def _exclusive(text: _Text, at: int) -> bool:
    """"no distribution other than Debian", "nothing but", "you do not need to use lex unless you hacked the
    .l files": a negation that says "only"."""
    return bool(_EXCLUSIVE_AFTER_NEGATION & set(text.tokens[at + 1:at + 1 + SCOPE_WORDS])) or \
        "unless" in text.tokens[at + 1:at + 3 + SCOPE_WORDS] or \
        any(text.tokens[j] in ("besides", "except")   # "no way to reach the data besides parsing it"
            for j in text.clause_after(at)[:EXCLUSIVE_REACH])


def _said_whenever(c: _Text, at: int, e: _Text) -> bool:
    """The answer's "each time X" (at: "each") is the passage's general "when X": the passage's "when" or
    "whenever" opens a clause on the same event (two of its words), said of no one time ("the first time")."""
    if _ONCE_ONLY & set(e.tokens):
        return False
    event = {c.stems[j] for j in c.clause_after(at + 1)[:EVENT_WORDS] if _is_content(c.tokens[j])}
    return any(len(event & {e.stems[j] for j in e.clause_after(i)[:EVENT_WORDS] if _is_content(e.tokens[j])}) >= 2
               for i, t in enumerate(e.tokens) if t in _WHENEVER)


def _bears(shared: AbstractSet[str], scope: AbstractSet[str]) -> bool:
    """A negation bears on the other text when two of its words are there (or all, if it has fewer)."""
    return len(shared) >= min(2, len(scope)) and bool(shared)


@lru_cache(maxsize=1)
def _opposite_stems() -> dict[str, set[str]]:
    stem = _stem
    pairs: dict[str, set[str]] = {}
    for word, opposites in _OPPOSITES:
        for other in opposites.split():
            pairs.setdefault(stem(word), set()).add(stem(other))
            pairs.setdefault(stem(other), set()).add(stem(word))
    for members in _CLOSED_CLASSES:
        spellings = [{stem(way) for way in member.split("/")} for member in members.split()]
        for ways in spellings:
            for one in ways:
                pairs.setdefault(one, set()).update(*(other for other in spellings if other is not ways))
    return pairs


def _plain_stems(text: _Text) -> list[str]:
    """Stems with adverbs brought back to their adjective ("slowly" -> "slow"), which Snowball leaves apart."""
    stem = _stem
    return [stem(t[:-2]) if t.endswith("ly") and len(t) > 4 else s for t, s in zip(text.tokens, text.stems)]


def _opposites(c: _Text, e: _Text, _: str, whole: _Text | None = None) -> Finding:
    """An opposite of the answer's word in the evidence (whole: all of it, when e is one of its sentences)."""
    if "default" not in c.tokens and _DEFAULT_NOTE.search(e.raw):
        # "if skip_cm is True (default: False), comments are ignored": the note names the default, not the case
        e = _read(_DEFAULT_NOTE.sub("", e.raw))
    plain_c, plain_e = _plain_stems(c), _plain_stems(e)
    whole = whole or e
    at_in_whole: dict[str, list[int]] = {}   # where the evidence says each word
    for k, plain in enumerate(plain_e if whole is e else _plain_stems(whole)):
        at_in_whole.setdefault(plain, []).append(k)
    stems_c, stems_e = set(c.stems) | set(plain_c), set(e.stems) | set(plain_e)
    compared = _comparative(c.raw) and _comparative(e.raw)   # then the comparison rule judges them
    scopes = _negation_scopes(e)
    negated = {s for _at, scope in scopes for s in scope}   # "hasn't been changed"
    # and the words a content scope leaves out: "must not be the same as" says "differ"
    negated |= {e.stems[j] for at, _scope in scopes for j in list(e.clause_after(at))[:SCOPE_WORDS]}
    claim_scopes = _negation_scopes(c)
    denied_words = {_negated_word(c, at) for at, _scope in claim_scopes}   # "is not available"
    # "imposes a speed penalty" says it slows: a word before a loss names what is lost, not what is had
    lost_e = {stem for k, stem in enumerate(plain_e[:-1]) if _names_a_loss(e, k)}
    for i, (token, stem) in enumerate(zip(c.tokens, plain_c)):
        if _names_a_loss(c, i):
            continue
        if compared and any(token in words for words in _COMPARISON_WAYS.values()):
            continue
        if c.tokens[i - 1:i] in (("least",), ("less",)):
            continue   # "the least recent entries" are the oldest: the word turned round by what comes before it
        if stem in denied_words and any(stem in map(_stem, _plainly_negated(word))
                                        for word in e.tokens):
            continue   # "if process.env.ComSpec is not available" restates "if it is unavailable"
        stated_otherwise = any(phrase in e.raw.lower() for phrase in _SAID_OTHERWISE.get(stem, ()))
        if (turned := _turned_on_its_noun(c, i, e, plain_c, plain_e, scopes)) is not None:
            framed = " ".join(c.tokens[i:i + 1 + len(_frame(c, i) or ())])
            return "contradicted", f"the passage says '{turned}'; the answer says '{framed}'"
        if token in ("before", "after") and _order_restated(c, i, e):
            continue   # "a prompt before removing it" restated as "removed only after a prompt"
        if stem in at_in_whole and (frame := _frame(c, i)) is not None and stem not in negated and \
                any(_frame(whole, k) == frame for k in at_in_whole[stem]):
            continue   # said of the same thing: "disabled by default" beside "a feature that can be enabled"
        for opposite in _opposite_stems().get(stem, ()):
            # said in other words on either side: "rarely used ... often are" / "seldom seen ... frequently in"
            if opposite in stems_e and not _same_meaning(stem) & stems_e and not _same_meaning(opposite) & stems_c \
                    and opposite not in negated and opposite not in lost_e and not stated_otherwise:
                # "impossible" restates "not possible"
                said = e.tokens[plain_e.index(opposite)] if opposite in plain_e else e.tokens[e.stems.index(opposite)]
                return "contradicted", f"the passage says '{said}'; the answer says '{token}'"
        if len(token) > 5:
            for base in (rest.lstrip("-") for rest in _unprefixed(token)):
                # "unkillable" restates "non-killable" (read as "non", "killable"); "unrestricted" denies
                # "constrained", the base said in other words
                base_said = base if base in e.tokens else next(
                    (t for t, s in zip(e.tokens, e.stems) if s in _same_meaning(_stem(base)) - {_stem(base)}), None)
                if base_said and token not in e.tokens and _stem(base_said) not in negated \
                        and _stem(base_said) not in _prefix_negated(e):
                    return "contradicted", f"the passage says '{base_said}'; the answer says '{token}'"
    denied_in_claim = {s for _at, scope in claim_scopes for s in scope}
    after_non_c, after_non_e = _after_non(c), _after_non(e)
    for j in after_non_e:   # "the non-killable process" / "the killable process"; "non-overlapping" / "overlap"
        token, stem = e.tokens[j], e.stems[j]
        # "languages other than English", "outside Windows" restate "non-English", "non-Windows"
        # another form of the word counts ("may overlap"), not a noun made of it: "skips validation" is non-validating
        bare_in_claim = any(k not in after_non_c and (k == 0 or c.tokens[k - 1] not in _SETTING_APART)
                            for k, s in enumerate(c.stems) if s == stem and
                            (c.tokens[k] == token or not c.tokens[k].endswith(("tion", "ment", "ness"))))
        bare_in_passage = any(k not in after_non_e for k, s in enumerate(e.stems) if s == stem)
        said_with_non = any(c.stems[k] == stem for k in after_non_c)   # "non-NULL ... a NULL return": both
        if bare_in_claim and not bare_in_passage and not said_with_non and not _plainly_negated(token) and \
                _stem(token) not in denied_in_claim:
            said = next(t for t, s in zip(c.tokens, c.stems) if s == stem)
            return "contradicted", f"the passage says 'non-{token}'; the answer says '{said}'"
    for token in e.tokens:   # "an already saved object" / "a created - but unsaved - object"
        for base in _plainly_negated(token):
            if base in c.tokens and base not in e.tokens and token not in c.tokens and \
                    _stem(base) not in denied_in_claim:
                return "contradicted", f"the passage says '{token}'; the answer says '{base}'"
    return None


def _names_a_loss(text: _Text, at: int) -> bool:
    """The word at names what a loss costs ("a speed penalty", "a performance hit"), not which one it is ("after
    the last hit" counts hits)."""
    return at + 1 < len(text.tokens) and text.tokens[at + 1] in _LOSS_NOUNS and text.tokens[at] not in _COUNTING


def _turned_on_its_noun(c: _Text, i: int, e: _Text, plain_c: list[str], plain_e: list[str],
                        scopes: list[tuple[int, set[str]]]) -> str | None:
    """The opposite of the answer's word put on the same noun by the passage, however else the passage uses the
    word itself: "two systems under the same name" / "on the same computer but give them different names";
    "it is enabled by default" / "can be enabled ... However, it is disabled by default".
    scopes: the passage's negations (_negation_scopes): an opposite inside one is no opposite."""
    opposites = _opposite_stems().get(plain_c[i], ())
    frame = _frame(c, i) if opposites else None
    if frame is None:
        return None
    for opposite in opposites:
        if any(plain_c[k] == opposite and _frame(c, k) in (frame, ("one",), ("ones",)) for k in range(len(c.tokens))):
            continue   # the answer names both: "to tell a remote URI apart from a local one"
        for j in range(len(e.tokens) - 1):
            if plain_e[j] == opposite and _frame(e, j) == frame and \
                    not any(plain_e[k] == plain_c[i] and (_frame(e, k) == frame or _elided(e, k))
                            for k in range(len(e.tokens))) \
                    and not any(start < j <= start + SCOPE_WORDS + 2 for start, _scope in scopes):
                return " ".join(e.tokens[j:j + 1 + len(frame)])
    return None


def _elided(text: _Text, at: int) -> bool:
    """The word at `at` said of the noun before, left out after "or"/"and" ("fewer times ...; or more if ...")."""
    return _frame(text, at) is None and at > 0 and text.tokens[at - 1] in ("or", "and")


def _frame(text: _Text, at: int) -> tuple[str, ...] | None:
    """What the word at `at` is said of: the content word after it ("same name"), or a preposition and its
    noun ("disabled by default", "enabled at startup"); None when neither follows."""
    if at + 1 < len(text.tokens) and _is_content(text.tokens[at + 1]):
        return (text.stems[at + 1],)
    if at + 2 < len(text.tokens) and text.tokens[at + 1] in _FRAME_PREPOSITIONS and _is_content(text.tokens[at + 2]):
        return (text.tokens[at + 1], text.stems[at + 2])
    return None


def _order_restated(c: _Text, i: int, e: _Text) -> bool:
    """Whether the claim's "before" (or "after") at i puts the passage's "after" (or "before") events the other way
    round, which keeps their order."""
    other = "after" if c.tokens[i] == "before" else "before"
    return any(exchanged > kept for exchanged, kept in
               (_exchanged_sides(c, i, e, j) for j, t in enumerate(e.tokens) if t == other))


def _each_alone(tokens: tuple[str, ...], at: int) -> bool:
    """"each" standing for the things named before it ("and each keeps users out", "each one has", "besides
    each being usable on its own"), not choosing among them ("each commit", "each time")."""
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    return following in ("one", "of", "being", "having") or (
        following.endswith("s") and not following.endswith(("ss", "us", "is"))
        and "'" not in following and "\u2019" not in following)


def _after_non(text: _Text) -> set[int]:
    """Positions of the words a separate "non" denies ("non-killable" is read as "non", "killable")."""
    return {j for j in range(1, len(text.tokens)) if text.tokens[j - 1] == "non"}


def _non_added(c: _Text, e: _Text, _: str) -> Finding:
    """The answer's "non-" before a word its evidence says plainly: "only when needed (in interactive mode)" /
    "only when needed, that is in non-interactive mode". Read on the evidence alone: another sentence of the
    passage may say the word of something else ("enter dates in interactive mode")."""
    after_non_c, after_non_e = _after_non(c), _after_non(e)
    negated = {s for _at, scope in _negation_scopes(e) for s in scope}
    for j in after_non_c:
        token = c.tokens[j]
        bare_in_passage = any(k not in after_non_e and (k == 0 or e.tokens[k - 1] not in _SETTING_APART)
                              for k, t in enumerate(e.tokens) if t == token)
        if bare_in_passage and not any(e.tokens[k] == token for k in after_non_e) and \
                not any(k not in after_non_c for k, t in enumerate(c.tokens) if t == token) and \
                not any(is_common_word(base) for base in _plainly_negated(token)) and _stem(token) not in negated:
            return "contradicted", f"the passage says '{token}'; the answer says 'non-{token}'"
    return None


def _compound_swapped(c: _Text, e: _Text, _: str) -> Finding:
    """A hyphenated word whose head the passage's has, with another modifier the passage does not use:
    "stored in row-major order" / "in column-major order"; "client-side" / "server-side"."""
    stem = _stem

    def compounds(text: _Text) -> dict[tuple[str, str], str]:
        return {(stem(m.group(2).lower()), stem(m.group(1).lower())): m.group(0)
                for m in _HYPHENATED.finditer(text.raw)}

    theirs, ours = compounds(e), compounds(c)
    for (head, modifier), written in ours.items():
        if (head, modifier) in theirs:
            continue
        # the same first part with another second: "read-write access" / "read-only access"
        other = next((w for (h, m), w in theirs.items() if m == modifier and h != head and head not in e.stems
                      and not _same_meaning(h) & _same_meaning(head)
                      # "case-insensitive" / "not case-sensitive" is for the negation rules
                      and not h.endswith(head) and not head.endswith(h)), None)
        if other is not None:
            return "contradicted", f"the passage says '{other}'; the answer says '{written}'"
        if modifier in e.stems:
            continue
        # "higher-level" restates "high-level", "finer-grained" "fine-grained"
        other = next((w for (h, m), w in theirs.items() if _same_meaning(h) & _same_meaning(head) and (h, m) not in ours
                      and not m.startswith(modifier[:4]) and not _same_meaning(m) & _same_meaning(modifier)), None)
        if other is not None:
            return "contradicted", f"the passage says '{other}'; the answer says '{written}'"
    return None


def _plainly_negated(token: str) -> list[str]:
    """The word a negative prefix plainly turns round: any after "un" or "non" ("unsaved", "non-free"), after
    the others an adjective's ("incorrect", "impossible"), since "imports" and "discover" deny nothing."""
    found: list[str] = []
    if not token.startswith(_NEGATIVE_PREFIXES):
        return found
    for prefix in _NEGATIVE_PREFIXES:
        if not token.startswith(prefix):
            continue
        base = token[len(prefix):].lstrip("-")
        if len(base) > 4 and base not in STOPWORDS and \
                (prefix in ("un", "non") or base.endswith(_ADJECTIVE_ENDINGS)):
            found.append(base)
    return found
_DEFAULT_NOTE = re.compile(r"\s*\((?:the\s+)?defaults?\b[^()]*\)", re.IGNORECASE)   # "(default: False)"


def _comparative(raw: str) -> re.Match[str] | None:
    """The text's first comparison ("more ... than", "larger than"), not a noun ending in -er before "than"
    ("a higher release number than")."""
    return next((m for m in _COMPARATIVE.finditer(raw) if (m.group(2) or "").lower() not in _ER_NOUNS), None)


def _clause_sides(text: _Text, at: int) -> tuple[set[str], set[str]]:
    """The content stems of the clause before token `at` and after it, each said on one side only."""
    before = {text.stems[j] for j in text.clause_before(at, SEQUENCE_REACH * 2) if _is_content(text.tokens[j])}
    after = {text.stems[j] for j in text.clause_after(at) if _is_content(text.tokens[j])}
    return before - after, after - before


def _exchanged_sides(c: _Text, i: int, e: _Text, j: int) -> tuple[int, int]:
    """How many words the claim's clauses around token i share with the passage's around token j on the other
    side, and on the same side: "a prompt ... before removing the item" / "taken off ... after the user confirms
    at a prompt" gives (5, 0)."""
    ours, theirs = _clause_sides(c, i), _clause_sides(e, j)
    return (len(ours[0] & theirs[1]) + len(ours[1] & theirs[0]),
            len(ours[0] & theirs[0]) + len(ours[1] & theirs[1]))
