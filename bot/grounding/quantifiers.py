"""Quantifiers and conditions: "all" for "some", "only" the passage does not say, a condition waived or
narrowed, a detail added after "especially".
"""
from __future__ import annotations

import re

from bot.grounding.modality import _modals
from bot.grounding.names_numbers import _unpossessive
from bot.grounding.negation import _bears, _each_alone, _exclusive, _is_negation, _said_whenever
from bot.grounding.text import (
    _CONDITIONS,
    _CONDITIONS_OR_UNLESS,
    _NOT_DENYING_AFTER,
    _QUANTIFIERS,
    Finding,
    _is_content,
    _read,
    _Text,
)
from bot.sentences import STOPWORDS
from bot.word_senses import said_otherwise

# "other than X", "excepting X": not X
_REMAINDER = {"rest", "remaining", "others"}   # "the rest": all the others
_LATER_CONDITION = {"once", "after"}   # "only ... once X": X comes first
_PREREQUISITE = {"first", "before"}     # "you have to first enable it before you can use it"
_PRONOUN_QUANTIFIERS = {"everyone", "everything", "everybody"}
_ECHOED_QUANTIFIERS = {"just": {"only"}, "merely": {"only"}, "mere": {"only"}, "simply": {"only"}, "everybody": {"all"},
                       "anyone": {"all"}, "anybody": {"all"}, "full": {"all"},
                       # "Anyone writing" is every writer; "whenever you call it" is "every time you call it"
                       "whenever": {"all", "always"}}
# what states of one or some: "any one of the statements", "at least one of", "some"
_SOME_OF = (("any", "one", "of"), ("at", "least", "one", "of"), ("at", "least", "one"), ("one", "of"), ("some",),
            ("any", "of"), ("any", "one"))   # in a condition (see _some_for_all)
# adverbs of degree: "entirely transparent" says "completely transparent" (but "fully understand every
# policy" quantifies no policies, so these echo nothing else)
_ALWAYS = {"always", "continuously", "constantly", "continually"}
_IN_ALL_CASES = re.compile(r"\b(?:in|under)\s+(?:all|every|any)\s+(?:cases?|situations?|circumstances?|conditions?)\b",
                           re.I)
_WHOLLY = {"entirely", "wholly", "completely", "fully", "totally"}
_IDIOMS = (("above", "all"), ("after", "all"), ("at", "all"), ("all", "but"), ("first", "of", "all"),
           ("all", "in", "all"), ("once", "and", "for", "all"),   # "all" in them quantifies nothing
           ("each", "other"), ("one", "another"),   # reciprocal: "readers and writers never block each other"
           ("all", "the", "more"), ("all", "the", "less"), ("all", "the", "better"), ("all", "the", "same"),
           ("left", "alone"), ("leave", "alone"), ("let", "alone"))   # "should be left alone": not touched
_IDIOMS_BEFORE_A_CLAUSE = {("after", "all")}
# words after "after all" that show the idiom ("after all it is ...")
_NOT_QUANTIFIED = {"it", "this", "that", "they", "you", "we", "he", "she", "is", "are", "was", "were", "does", "do",
                   "did", "can", "will", "and", "or", "but"}
_HEDGES = {"almost", "nearly", "virtually", "practically"}
_MOST = {"most", "majority"}                     # "most mail servers" says more than "some mail servers"
_SOME = {"some", "few", "several", "certain"}
_WEAKER_QUANTIFIERS = {"some", "many", "most", "several", "few", "elements", "parts", "certain", "often", "usually"}
# a condition set aside: "whether or not the UIDL option is used", "with or without --force"
_WAIVED = re.compile(r"\b(?:whether or not|regardless of whether|regardless of if|disregarding (?:if|whether)|"
                     r"irrespective of whether|with or without|even if|even when|even without)\b", re.IGNORECASE)
_ONLY_CONDITION = re.compile(r"\bonly\s+(?:when|if|where|whenever)\b([^,;:.]*)", re.IGNORECASE)
_EITHER_CONDITION = re.compile(r"\b(?:if|when|where|whenever)\b([^,;:.]*?)\bor\s+(?:if|when|where|whenever)\b"
                               r"([^,;:.]*)", re.IGNORECASE)   # "if the tag is empty or if none match"
_PARTS = {("a", "subset"), ("a", "part"), ("a", "portion"), ("a", "fraction")}   # not "some": "only some" denies "all"


def _quantified(text: _Text, at: int) -> set[str]:
    """The content stems a quantifier at `at` bears on (the next four words)."""
    return {s for t, s in zip(text.tokens[at + 1:at + 5], text.stems[at + 1:at + 5])
            if t not in STOPWORDS and t not in _QUANTIFIERS}


def _bare_plurals(text: _Text) -> set[str]:
    """Stems of plural nouns with no determiner or quantifier before them ("Section names specify ..."): said of
    every one."""
    # the sentence's subject, at its start ("Section names"), and not narrowed after it ("Servers that ...")
    return {text.stems[i] for i, t in enumerate(text.tokens[:2])
            if t.endswith("s") and not t.endswith("ss") and text.stems[i] != t
            and all(_is_content(x) for x in text.tokens[:i])
            and text.tokens[i + 1:i + 2] not in (("that",), ("which",), ("who",), ("you",), ("not",))}


def _quantifiers(c: _Text, e: _Text, _: str) -> Finding:
    """A quantifier in the answer the passage does not use on the same words ("every program" / "many of
    the programs"); without one on the same words, any of the passage's."""
    def unnegated(text: _Text) -> list[tuple[int, str]]:
        negated = {i + 1 for i, t in enumerate(text.tokens) if _is_negation(t)}
        # "to fit everyone's needs": the possessive is still everyone
        return [(i, t) for i, t in ((i, _unpossessive(t)) for i, t in enumerate(text.tokens))
                if t in _QUANTIFIERS and i not in negated and not _in_idiom(text, i) and
                i not in text.hyphened and   # "read-only": the tail of a compound word, no quantifier
                # "almost all users" says "most users" ("the vast majority"), not "all users"
                not (t in ("all", "every", "always") and i and text.tokens[i - 1] in _HEDGES) and
                # "X alone is not enough" says "more than X", not "only X"
                not (t == "alone" and any(_is_negation(x) for x in text.tokens[i + 1:i + 4]))]

    theirs = [(_QUANTIFIERS[t], t, _quantified(e, i)) for i, t in unnegated(e)] + \
        [(_ECHOED_QUANTIFIERS[t], t, _quantified(e, i)) for i, t in enumerate(e.tokens) if t in _ECHOED_QUANTIFIERS] + \
        [({"only"}, t, _quantified(e, i)) for i, t in enumerate(e.tokens) if _is_negation(t) and _exclusive(e, i)] + \
        [(set(), t, _quantified(e, i)) for i, t in enumerate(e.tokens) if t in _WEAKER_QUANTIFIERS]
    generic = {s for i, t in enumerate(e.tokens) if t in ("a", "an", "any") for s in _quantified(e, i)}
    for at, word in unnegated(c):
        if word in _PRONOUN_QUANTIFIERS:   # "distributed to everyone" is "given out to the world"
            continue
        if word in _WHOLLY and _WHOLLY & set(e.tokens):
            continue
        if word == "always" and _IN_ALL_CASES.search(e.raw):
            continue   # "so they can always clean up" / "clean up in all situations"
        if word in ("every", "each", "all") and (c.tokens[at + 1:at + 2] in (("time",), ("case",), ("cases",))
                                                 or c.tokens[at + 1:at + 3] == ("the", "time")) and \
                (_ALWAYS & set(e.tokens) or _said_whenever(c, at, e)):
            continue   # "check it every time" / "always check it"; "in every case except" / "always, unless";
            # "writes it out all the time" / "is continuously dumping it"; "each time it starts a scenario" /
            # "when it launches into a scenario" (not "when it runs for the first time")
        if _QUANTIFIERS[word] == {"only"} and any(kinds == {"only"} for kinds, _t, _s in theirs):
            continue   # "only" moves about its sentence: "only restricts a few" / "restricts only a handful"
        near = c.stems[max(0, at - 3):at + 4]
        if word == "only" and any(t == "only" and i in e.hyphened and i and e.stems[i - 1] in near
                                  for i, t in enumerate(e.tokens)):
            continue   # "code that exists only for debugging" / "debugging-only code"
        if _QUANTIFIERS[word] == {"only"} and _limits_to(e):
            continue   # "only the comments get checked" / "will limit spell checking to comments"
        if _QUANTIFIERS[word] == {"only"} and tuple(c.tokens[at + 1:at + 3]) in _PARTS:
            continue   # "track only a subset" says no more than "track a subset"
        if _QUANTIFIERS[word] == {"only"} and "if" in c.tokens[at + 1:at + 10] and \
                any("obligation" in kinds for kinds, _w, _s in _modals(e)):
            continue   # "only lets you assign if you use :=" restates "assignment must be done with :="
        ours = _quantified(c, at)
        if _QUANTIFIERS[word] == {"only"} and _bears(ours & _conditioned(e), ours):
            continue   # "sets it only for safe methods" / "sets it if the method is safe": a condition restricts
        if word in ("each", "every") and ours & generic:   # "Each UPG is named" / "A UPG has the same name"
            continue
        if word in ("each", "every") and ours & _bare_plurals(e) and not any(ours & scope for _k, _t, scope in theirs):
            continue   # "Each section name gives ..." / "Section names specify ...": a plural said of them all
        if word == "all" and set(c.tokens[at + 1:at + 4]) & _REMAINDER and \
                any(e.tokens[i] == "the" and e.tokens[i + 1] in _REMAINDER for i in range(len(e.tokens) - 1)):
            continue   # "all the remaining items must be filters" / "the rest must be filters"
        if word == "all" and (ours & _any_of(e) or (c.tokens[at + 1:at + 2] in (("other",), ("others",))
                                                    and _any_other(e))):
            continue   # "turns away all others" / "any other name is denied access"
        if word == "only" and _LATER_CONDITION & set(c.tokens[at + 1:at + 5]) and _PREREQUISITE <= set(e.tokens):
            continue   # "only takes effect once localization is on" / "first enable localization before you can"
        if word == "each" and _each_alone(c.tokens, at) and not any(ours & scope for _kinds, _t, scope in theirs):
            continue   # "each keeps users out" / "the two modules keep users out": said of them all, unlimited
        compared = [(kinds, t) for kinds, t, their_scope in theirs if ours & their_scope] or \
            [(kinds, t) for kinds, t, _s in theirs]
        if any(_QUANTIFIERS[word] & kinds for kinds, _t in compared):
            continue
        weaker = next((t for kinds, t in compared if not kinds), None)
        if weaker:
            return "contradicted", f"the passage says '{weaker}'; the answer says '{word}'"
        return "not_stated", f"the answer says '{word}'; the passage does not"
    return _most_for_some(c, e) or _none_for_some(c, e) or _some_for_all(c, e)


def _any_of(e: _Text) -> set[str]:
    """What "any" quantifies in a statement of what holds for each ("any other principal name is denied"), not
    in a condition or a question ("if any job fails", "whether any")."""
    return {s for i, t in enumerate(e.tokens) if t == "any" and not _in_condition(e, i) for s in _quantified(e, i)}


def _limits_to(e: _Text) -> bool:
    """The passage restricts something to something ("will limit spell checking to C/C++ comments", "is
    restricted to root"): what "only" says."""
    return any(stem in ("limit", "restrict") and "to" in e.tokens[i + 1:i + 6] for i, stem in enumerate(e.stems))


def _any_other(e: _Text) -> bool:
    """"any other" outside a condition: everything else."""
    return any(e.tokens[i:i + 2] == ("any", "other") and not _in_condition(e, i) for i in range(len(e.tokens) - 1))


def _in_condition(e: _Text, at: int) -> bool:
    """The word at `at` comes just after a condition's word ("if", "unless", "when", ...) or "whether": in a
    condition or a question."""
    return bool((_CONDITIONS_OR_UNLESS | {"whether"}) & set(e.tokens[max(0, at - 3):at]))


def _condition_waived(c: _Text, e: _Text, _: str) -> Finding:
    """The answer says that what the passage states on a condition holds whatever the condition: "supports
    client-side state in POP3 if the UIDL option is used" / "whether or not the UIDL option is used"."""
    match = _WAIVED.search(c.raw)
    if match is None or _WAIVED.search(e.raw):
        return None
    clause = re.split(r"[,;:.]", c.raw[match.end():])[0].strip()
    waived = _read(clause).content
    if _bears(waived & _conditioned(e, _CONDITIONS_OR_UNLESS), waived):
        return "contradicted", f"the passage states it on a condition; the answer says '{match.group(0)} {clause}'"
    return None


def _only_condition(c: _Text, e: _Text, _: str) -> Finding:
    """The answer keeps one of the passage's alternative conditions and says only it holds: "applied if the
    tag is empty or if none of the patterns match" / "only when the tag is left empty"."""
    ours = _ONLY_CONDITION.search(c.raw)
    if ours is None:
        return None
    said = _read(ours.group(1)).content
    for alternatives in _EITHER_CONDITION.finditer(e.raw):
        one, other = _read(alternatives.group(1)).content, _read(alternatives.group(2)).content
        for kept, left in ((one, other), (other, one)):
            if said and len(said & kept) * 2 >= len(said) and len(left - c.content) * 2 > len(left):
                dropped = alternatives.group(2) if kept is one else alternatives.group(1)
                return "contradicted", f"the passage gives another condition ('{dropped.strip()}'); the answer " \
                                       f"says '{ours.group(0).strip()}'"
    return None


# words that add to what a sentence has said: a model's invented detail often comes after one ("..., which also
# requires it on the server", "especially those running many queries")
_ADDING = re.compile(r",\s+which\s+also\b|\b(?:especially|particularly|in addition to)\b", re.IGNORECASE)
PART_WORDS_UNSAID = 2   # content words of an answer's added part that the evidence must lack, at least ...
PART_SHARE_SAID = 0.5   # ... and the share of them it holds, this at most


def _addition_not_given(c: _Text, e: _Text, _: str) -> Finding:
    """A part the answer adds after "especially", "particularly", ", which also" ... that the evidence does not
    say: most of its words, and two or more, are not there in any form ("... better performance of asyncio
    applications, especially those running many concurrent queries"). Other ways of adding ("along with",
    ", and ... also", "both") lost more faithful claims than they caught distortions over every claim set."""
    for match in _ADDING.finditer(c.raw):
        at = len(_read(c.raw[:match.end()]).tokens) - 1   # the marker's last token
        part = c.clause_after(at)
        if _mostly_unsaid(c, part, e):
            added = c.raw[match.start():].lstrip(", ")
            return "not_stated", f"the passage does not say '{added.rstrip('.')}'"
    return None


def _mostly_unsaid(c: _Text, part: range, e: _Text) -> bool:
    """Whether the evidence lacks most of the content words at part of the claim, and two or more. Words the
    rest of the claim says too are what the part speaks of, not what it adds ("..., which also requires
    local_infile to be enabled on the server")."""
    rest = {c.stems[j] for j in range(len(c.tokens)) if j not in part}
    words = {c.stems[j] for j in part if _is_content(c.tokens[j])} - rest
    held = words & e.content | said_otherwise(words, e.content)
    return len(words - held) >= PART_WORDS_UNSAID and len(held) <= PART_SHARE_SAID * len(words)


def _conditioned(text: _Text, conditions: set[str] = _CONDITIONS) -> set[str]:
    """The content stems of the text's conditions ("if the request's method is safe")."""
    return {text.stems[j] for i, t in enumerate(text.tokens) if t in conditions
            for j in text.clause_after(i) if _is_content(text.tokens[j])}


def _most_for_some(c: _Text, e: _Text) -> Finding:
    """"Most mail servers" where the passage says "some mail servers" (or few, several, many) of the same things,
    or "all mail servers": "most" says that some are not."""
    if _MOST & set(e.tokens):
        return None
    for at, word in enumerate(c.tokens):
        if word not in _MOST or (at and c.tokens[at - 1] in ("the", "at")) or \
                any(_is_negation(t) for t in c.tokens[max(0, at - 2):at]):   # "the most popular", "at most"
            continue
        # "will not create a constraint for any deferred keys" denies it of all of them
        other = next((t for i, t in enumerate(e.tokens) if (t in _SOME | {"many", "all", "every", "each"} or (
                      t == "any" and any(_is_negation(e.tokens[j]) for j in e.clause_before(i, 10))))
                      and not _in_idiom(e, i) and _quantified(e, i) & _quantified(c, at)), None)
        if other:
            return "contradicted", f"the passage says '{other}'; the answer says '{word}'"
    return None


def _none_for_some(c: _Text, e: _Text) -> Finding:
    """"None of the meta keys work" where the passage says "some meta keys do not work" (or many, or most): it
    denies of all what the passage denies of some."""
    if {"none", "no"} & set(e.tokens):
        return None
    for at, word in enumerate(c.tokens):
        if word != "none" and not (word == "no" and at + 1 < len(c.tokens) and c.tokens[at + 1] not in STOPWORDS
                                   and c.tokens[at + 1] not in _NOT_DENYING_AFTER["no"]):
            continue
        some = next((t for i, t in enumerate(e.tokens) if (t in _SOME or t in ("many", "most"))
                     and _quantified(e, i) & _quantified(c, at)), None)
        if some:
            return "contradicted", f"the passage says '{some}'; the answer says '{word}'"
    return None


def _some_for_all(c: _Text, e: _Text) -> Finding:
    """"if any one of the odd numbered statements evaluates to FALSE" where the passage says "if all the odd
    numbered statements ...": a condition met by one of them where the passage needs all of them. Outside a
    condition, what holds of all holds of one, and "one of them" restates it; "some" says not all ("marks some
    of its multiples" / "marks all of its multiples")."""
    def universal(text: _Text) -> list[tuple[str, set[str]]]:
        return [(t, _quantified(text, i)) for i, t in enumerate(text.tokens)
                if t in ("all", "every", "each") and not _in_idiom(text, i)
                and not (i and _is_negation(text.tokens[i - 1]))]

    theirs, ours = universal(e), universal(c)
    for at in range(len(c.tokens)):
        marker = next((m for m in _SOME_OF if c.tokens[at:at + len(m)] == m), None)
        if marker is None or not (_in_a_condition(c, at) or marker == ("some",)):
            continue
        scope = _quantified(c, at + len(marker) - 1)
        said = next((t for t, their_scope in theirs if their_scope and their_scope <= scope
                     and not any(their_scope <= own for _t, own in ours)), None)
        if said is not None:
            return "contradicted", f"the passage says '{said}'; the answer says '{' '.join(marker)}'"
    return None


# "as soon as any one retry fails", "as long as at least one of the classes ...", "given that all of them ..."
_CONDITION_PHRASES = {("as", "soon", "as"), ("as", "long", "as"), ("so", "long", "as")}


def _in_a_condition(text: _Text, at: int) -> bool:
    """The token at `at` belongs to a condition: "if", "when" or "unless" opens its clause before it, or "as soon
    as" ("call it as soon as any one retry fails"), "as long as", "given that"."""
    for i in range(at - 1, -1, -1):
        if i in text.breaks:
            return False
        if text.tokens[i:i + 2] == ("given", "that"):
            return True
        if text.tokens[i] in _CONDITIONS_OR_UNLESS or text.tokens[max(0, i - 1):i + 2] in _CONDITION_PHRASES:
            return True
    return False


def _in_idiom(text: _Text, at: int) -> bool:
    """Whether the quantifier at `at` belongs to an idiom ("above all", "each other"); "after all" is one only
    where its clause ends or a clause follows ("after all retries failed" is no idiom)."""
    tokens = text.tokens
    for idiom in _IDIOMS:
        for start in range(max(0, at - len(idiom) + 1), at + 1):
            if tokens[start:start + len(idiom)] != idiom:
                continue
            end = start + len(idiom)
            if idiom in _IDIOMS_BEFORE_A_CLAUSE and end < len(tokens) and end - 1 not in text.breaks and \
                    tokens[end] not in _NOT_QUANTIFIED:
                continue
            return True
    return False
