"""Modality: may against must, a hedge dropped, a guarantee added, a preference turned round."""
from __future__ import annotations

import re

from bot.grounding.negation import _is_adverb, _is_negation
from bot.grounding.text import (
    _BE,
    _CONDITIONS_OR_UNLESS,
    _IMPERATIVES,
    _SUBJECT_PRONOUNS,
    Finding,
    _content_positions,
    _is_content,
    _read,
    _Text,
)
from bot.sentences import STOPWORDS

_MAIN_CLAUSE_SUBJECTS = _SUBJECT_PRONOUNS | {"it", "this", "that", "there"}
# A word may belong to two classes ("need" obliges or advises); two modals agree when they share one.
_MODAL_CLASSES = {
    "obligation": {"must", "need", "needs", "required", "require", "requires", "critical", "essential",
                   "necessary", "mandatory", "important", "obliged", "compulsory"},
    "advice": {"should", "ought", "recommend", "recommends", "recommended", "advisable", "advised", "encouraged",
               "encourage", "encourages", "important", "need", "needs", "best", "preferably", "wise", "sensible",
               "supposed"},
    "possibility": {"can", "could", "may", "might", "perhaps", "possibly", "optional", "optionally", "maybe",
                    "potentially", "able"},
    "certainty": {"will", "shall", "certainly", "definitely", "remain", "remains", "certain",
                  "guaranteed", "bound"},
    "intention": {"intend", "intends", "intended", "aim", "aims", "aimed", "planned",
                  "supposed", "expected"},
}
_DENIED_MODALS = {"must": {"prohibition"}, "should": {"prohibition"}, "ought": {"prohibition"},
                  "need": {"possibility"}, "needs": {"possibility"},
                  "required": {"possibility"}, "necessary": {"possibility"}, "may": {"prohibition", "possibility"}}
_VERB_OR_MODAL = {"require", "requires", "need", "needs"}
_HEDGING_MODALS = {"may", "might", "could"}
_HEDGING_ADVERBS = {"probably", "likely", "possibly", "perhaps", "maybe", "presumably", "unlikely", "tend", "tends"}
_HEDGING_FREQUENCY = {"usually", "often", "generally", "typically", "normally", "sometimes", "mostly", "frequently"}
_HEDGED = _HEDGING_ADVERBS | _HEDGING_MODALS | _HEDGING_FREQUENCY | {"can"}   # an answer that hedges in any way
# see through to the verb: "you might want to set up" advises "set up"; "you may choose to turn it off" permits "turn"
_WANT = {"want", "wants", "wish", "wishes", "choose", "chooses", "opt", "opts", "decide", "decides", "like", "likes"}
_PREDICATE_MODALS = {"required", "mandatory", "necessary", "essential", "critical", "compulsory", "important",
                     "recommended", "advisable", "optional", "wise", "sensible"}
_DENIED_PREDICATES = _PREDICATE_MODALS & _DENIED_MODALS.keys()   # "it is not necessary to", "is not required"


def _modals(text: _Text) -> list[tuple[set[str], str, set[str]]]:
    """(class, word, the content words it bears on) for each modal ("'ll" is will; "have to" obligation)."""
    found = []
    for i, token in enumerate(text.tokens):
        kinds = {k for k, words in _MODAL_CLASSES.items() if token in words}
        after = text.tokens[i + 1] if i + 1 < len(text.tokens) else ""
        if token == "should" and (i == 0 or i - 1 in text.breaks) and not text.raw.rstrip().endswith("?"):
            continue   # "Should p remain undecided, q is run": a condition put first, no advice
        if token in _VERB_OR_MODAL and after not in ("to", "not") and not (i and text.tokens[i - 1] in _BE):
            # "needs regular tasks" states a need, not an obligation; "requires an encrypted connection" still
            # obliges against a passage that only recommends one
            kinds = {"obligation"} if token.startswith("require") else set()
        if (token.endswith("'ll") or token == "will") and \
                next((t for t in text.tokens[i + 1:i + 4] if not _is_adverb(t)), "") == "want":
            kinds = {"advice"}   # "You'll usually want to open it with a with statement" advises
        elif token.endswith("'ll"):
            kinds = {"certainty"}
        elif token == "to" and i and text.tokens[i - 1] in ("have", "has", "had"):
            kinds, token = {"obligation"}, f"{text.tokens[i - 1]} to"
            if i > 1 and _is_negation(text.tokens[i - 2]):   # "don't have to" permits, as "doesn't need to"
                kinds = {"possibility"}
            elif i > 1 and text.tokens[i - 2] in _HEDGING_MODALS:   # "may have to install" is no "must install"
                kinds, token = {"possibility"}, f"{text.tokens[i - 2]} {token}"
        if kinds & {"obligation"} and token in _VERB_OR_MODAL | _PREDICATE_MODALS and \
                _HEDGING_MODALS & set(text.tokens[max(0, i - 2):i]):   # "might need to", "may be required"
            kinds = {"possibility"}
        start = i + 1
        back = i - 1
        while back > 0 and _is_adverb(text.tokens[back]):   # "do not necessarily need to run"
            back -= 1
        # "there is no need to supply" permits as "you do not need to supply" does
        # and "it is not necessary to call connect()" permits
        denied_before = back >= 0 and (token in _VERB_OR_MODAL or token in _DENIED_PREDICATES) and \
            (text.tokens[back] in ("not", "never", "no") or text.tokens[back].endswith("n't"))
        if kinds and (after == "not" or denied_before):   # "must not" forbids; "need not", "doesn't need" permit
            kinds = _DENIED_MODALS.get(token, kinds)
        if (token, after) in _IMPERATIVES:
            kinds, token, start = _IMPERATIVES[(token, after)], f"{token} {after}", i + 2
        if not kinds or (kinds <= {"possibility"} and _in_purpose(text, i)):
            continue
        # the verb it governs ("should check", "may have problems"), past adverbs ("should periodically get")
        # past adverbs and "want" to the verb: "must already exist", "might want to set up"
        scope = [s for t, s in zip(text.tokens[start:start + 5], text.stems[start:start + 5])
                 if t not in STOPWORDS and not _is_adverb(t) and t not in _WANT][:1]
        be_at = i - 2 if i > 1 and text.tokens[i - 1].endswith("ly") else i - 1   # "is strictly mandatory"
        if token in _PREDICATE_MODALS and i and text.tokens[be_at] in _BE and after == "that":
            # "It is recommended that programmatic interfaces prefix every line": it bears on the clause after
            scope = [s for t, s in zip(text.tokens[i + 2:i + 8], text.stems[i + 2:i + 8]) if t not in STOPWORDS]
        elif token in _PREDICATE_MODALS and i and text.tokens[be_at] in _BE and after != "to":
            # "a CPU with hardware support is recommended": it bears on what comes before, its subject
            before = range(max([0] + [b + 1 for b in text.breaks if b < be_at]), be_at)
            scope = [text.stems[j] for j in before if text.tokens[j] not in STOPWORDS]
        found.append((kinds, token, set(scope)))
    return found


def _in_purpose(text: _Text, at: int) -> bool:
    """"... so that the batteries can recharge": a "can" that states what something is for, not what is possible."""
    before = text.tokens[max(0, at - 6):at]   # "so that the new batteries can"
    return any(before[j:j + 2] in (("so", "that"), ("order", "that")) for j in range(len(before) - 1))


def _modality(c: _Text, e: _Text, _: str) -> Finding:
    """A modal in the answer where the passage puts another on the same words ("might edit" / "have to edit")."""
    theirs = _modals(e)
    for kind, word, scope in _modals(c):
        # the modals on the same verb: "can look back" is not judged by "essential" in another clause; or, on
        # another verb, of the same subject: "a prompt() method can be used" / "a prompt() method must be provided"
        # (only what may be against what must or will be: a denied modal, or advice, on another verb may say the
        # same in other words: "should not be kept" / "should be removed", "should only be needed" / "must only")
        subject = _modal_subject(c, word)
        compared = [(k, w) for k, w, s in theirs if s & scope] or \
            [(k, w) for k, w, _s in theirs if subject is not None and subject == _modal_subject(e, w)
             and _may_against_must(kind, k)]
        if word in ("can", "able") and compared and all("certainty" in k for k, _w in compared):
            continue   # "each will see the others" says each can see them
        if compared and all(not k & kind for k, _w in compared):
            said = "', '".join(dict.fromkeys(w for _k, w in compared))
            return "contradicted", f"the passage says '{said}'; the answer says '{word}'"
    return None


def _may_against_must(ours: set[str], theirs: set[str]) -> bool:
    """One says what may be, the other what must or will be."""
    strong = {"obligation", "certainty"}
    return (ours == {"possibility"} and bool(theirs & strong) and "possibility" not in theirs) or \
        (theirs == {"possibility"} and bool(ours & strong) and "possibility" not in ours)


def _modal_subject(text: _Text, word: str) -> str | None:
    """The content word just before the modal's first use (adverbs passed over), as a stem: "method" of "a
    prompt() method can be used"; None when a stop word or nothing comes before it."""
    if word not in text.tokens:
        return None
    at = text.tokens.index(word) - 1
    while at >= 0 and _is_adverb(text.tokens[at]):
        at -= 1
    return text.stems[at] if at >= 0 and at not in text.breaks and _is_content(text.tokens[at]) else None


_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.IGNORECASE)
PREFERENCE_WORDS = 3   # content words each side of "rather than" that say what is preferred and what is not


def _preference_swapped(c: _Text, e: _Text, _: str) -> Finding:
    """What is preferred and what is passed over, traded: "reclaimed at the next garbage collection rather than
    immediately" / "reclaimed immediately rather than having to wait for the next garbage collection"."""
    ours, theirs = _RATHER_THAN.search(c.raw), _RATHER_THAN.search(e.raw)
    if ours is None or theirs is None or _fronted(c.raw, ours) or _fronted(e.raw, theirs):
        return None   # "rather than X, do Y" puts what is passed over first

    def content(text: str) -> list[str]:
        read = _read(text)
        return [read.stems[i] for i in _content_positions(read)]

    our_kept = set(content(c.raw[:ours.start()])[-PREFERENCE_WORDS:])
    our_passed = set(content(c.raw[ours.end():])[:PREFERENCE_WORDS])
    their_kept = set(content(e.raw[:theirs.start()])[-2 * PREFERENCE_WORDS:])
    their_passed = set(content(e.raw[theirs.end():])[:2 * PREFERENCE_WORDS])
    if our_passed & their_kept and len(our_kept & their_passed) > len(our_kept & their_kept):
        said = " ".join([*e.raw[:theirs.start()].split()[-3:], theirs.group(0), *e.raw[theirs.end():].split()[:5]])
        return "contradicted", f"the passage says '{said}'; the answer turns it round"
    return None


def _fronted(raw: str, marker: re.Match[str]) -> bool:
    """The marker opens its clause ("to suggest that rather than duplicating it, we ...")."""
    before = raw[:marker.start()].rstrip()
    return not before or before.endswith((",", ";", ":")) or \
        before.rsplit(None, 1)[-1].lower() in ("that", "and", "but", "so", "or", "then")


_GUARANTEED = re.compile(r"\bguarantee[sd]?\b|\bguaranteeing\b|\bis\s+certain\s+to\b|\bwill\s+(?:always|certainly|"
                         r"definitely)\b", re.IGNORECASE)
# what a passage says when it only hopes or expects: "could be used", "should allow", "aims to follow"
_HOPED = re.compile(r"\b(?:" + "|".join(sorted(_HEDGING_MODALS | {"should"})) + r"|aims?\s+to|aimed\s+at|tries\s+to|"
                    r"try\s+to|attempts?\s+to|is\s+meant\s+to|is\s+intended\s+to|hopes?\s+to|expected\s+to)\b",
                    re.IGNORECASE)


def _guarantee_added(c: _Text, e: _Text, _: str) -> Finding:
    """A guarantee the evidence does not give: the answer says "is guaranteed to" or "will always" where the
    evidence only says what could, should or is meant to happen ("pyxattr could be used" / "pyxattr is guaranteed
    to work"; "aims to follow" / "is guaranteed to match")."""
    ours = _GUARANTEED.search(c.raw)
    if ours is None or _GUARANTEED.search(e.raw):
        return None
    hoped = _HOPED.search(e.raw)
    if hoped is None:
        return None
    return "not_stated", f"the passage says '{hoped.group(0)}'; the answer says '{ours.group(0)}'"


def _hedge_dropped(c: _Text, e: _Text, _: str) -> Finding:
    """The passage hedges what the answer states outright: "it probably will not be extracted" / "will never be
    extracted"."""
    if _HEDGED & set(c.tokens):
        return None
    for i, token in enumerate(e.tokens):
        # "cannot possibly analyze" denies more firmly, hedges nothing
        if token not in _HEDGING_ADVERBS or (i and (_is_negation(e.tokens[i - 1]) or e.tokens[i - 1] == "cannot")):
            continue
        opened = [k for k in range(max(0, i - 10), i) if e.tokens[k] in _CONDITIONS_OR_UNLESS | {"whether"}]
        # the condition ends at a comma before the main clause's subject ("When X, you probably ..."), not at
        # one inside it ("if more than one user is accessing, and perhaps updating")
        if opened and not any(k in e.breaks and e.tokens[k + 1] in _MAIN_CLAUSE_SUBJECTS
                              for k in range(opened[-1], i - 1)):
            continue   # a hedge in a condition
        # "you probably want to omit -W": what is hedged is the omitting
        scope = next((e.stems[j] for j in range(i + 1, min(i + 6, len(e.tokens)))
                      if _is_content(e.tokens[j]) and not _is_adverb(e.tokens[j]) and e.tokens[j] not in _WANT), None)
        if scope is not None and scope in c.stems:
            return "not_stated", f"the passage says '{token}'; the answer says it without"
    return None
