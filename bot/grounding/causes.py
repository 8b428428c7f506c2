"""Causes, comparisons and rankings the passage does not state, or states the other way."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.grounding.modality import _modals
from bot.grounding.negation import _comparative, _is_adverb, _prefix_negated, _same_meaning
from bot.grounding.order import _bounds, _direction, _sides_swapped
from bot.grounding.roles import _doing, _passive_shaped
from bot.grounding.text import _EXCEEDING_WORDS, _QUANTITY, Finding, _is_content, _read, _stem, _Text
from bot.sentences import STOPWORDS, is_common_word, split_sentences

CAUSE_UNSTATED = 1 / 3     # share of a cause's content words the passage may lack
AGENT_WORDS = 3           # tokens after a passive's "by" read as who does it ("by the system administrator")
_ALLOWING_FOR = {"allow", "account", "cover", "compens"}   # "to allow for errors" is "to cover for errors"
_LIGHT_VERBS = {"leav", "make", "keep", "get", "take", "give", "put"}   # "leave it unchanged" = "not change it"
_CAUSES = re.compile(r"\b(because( of)?|due to|owing to|as a result of|thanks to|caused by|leads? to|led to|"
                     r"results? in|in order to|so that|the reason (?:being|is|was)(?: that)?|for the reason that)\b|"
                     r"(?<=,) since\b", re.IGNORECASE)
_PURPOSE = re.compile(r"\b(in order to|so that|so as to)\b", re.IGNORECASE)
_OPENING_PURPOSE = re.compile(r"\s*to(?=\s+[a-z]+(?:\s+[\w'-]+){0,5},)", re.IGNORECASE)   # "To avoid X, do Y"
# How a passage may state the cause or purpose an answer gives with "because" or "so that"
_STATED_CAUSE = re.compile(r"\b(because|due to|owing to|as a result|thanks to|caus(?:e|es|ed|ing)|leads? to|led to|"
                           r"comes? from|came from|stems? from|means? that|"
                           # "as it ...", not "as rst format"; "this is why", not "to understand why"
                           r"results? in|since|as(?=\s+(?:it|they|this|that|there|we|you|he|she|the(?:\s+[\w-]+){1,8}?"
                           r"\s+(?:is|are|was|were|has|have|can|cannot|will|does|do))\b)|so|therefore|thus|hence|"
                           r"reason|(?:(?<=\bis )|(?<='s )|(?<=\u2019s ))why|with|knowing|knowledge that|"
                           r"based on|depend(?:s|ing)? on|"
                           # an explanation set beside what it explains: "Fetchmail can't do anything about
                           # this; it's a limitation of the underlying POP protocol."
                           r"(?<=;\s)(?:it|this|that)(?:'s|\u2019s|\s+is|\s+was)|"
                           r"allow(?:s|ing)?|enabl(?:e|es|ing)|lets|letting|mak(?:e|es|ing) it possible)\b",
                           re.IGNORECASE)
_NAMED_REASON = re.compile(r"\bfor ([a-z]+) reasons?\b|\bfor reasons of ([a-z]+)\b", re.IGNORECASE)
# "X, so Y" gives X as the cause of Y ("so that", "so far", "so long" do not)
# ", as calcurse is able to ...": "as" opening a clause with its own verb gives a cause ("as shown", "as well as"
# do not)
_AS_CAUSE = re.compile(r"(?<=,)\s+as\s+(?=(?:[\w'-]+\s+){1,3}?(?:is|are|was|were|can|cannot|will|does|do|did|has|"
                       r"have|had|must|may|might|would|could|should|\w+(?:s|ed))\b)", re.IGNORECASE)
_SO_RESULT = re.compile(r",\s+so\s+(?!that\b|as\b|far\b|much\b|many\b|long\b)", re.IGNORECASE)
# when, not why: "to move one later" is the passage's "to move a guide after you have created it"
_WHEN_WORDS = {"later", "afterwards", "afterward", "earlier", "beforehand", "then", "now", "again", "soon"}
# "have it set up this way: it is very difficult to use tools without seeing their options": a clause after a
# colon gives the reason for the one before
_EXPLAINING_COLON = re.compile(r"\w:\s+(?:it|this|that|they|there|these|those|otherwise)\b")
_STATED_PURPOSE = re.compile(r"\b(in order to|so that|such that|so as to|to|for)\b", re.IGNORECASE)
# what says a limit, as "no longer than the InactiveLimit" does
_LIMITED = re.compile(r"\b(?:limited to|at most|up to|maximum|at the latest|capped at|no more than)\b", re.IGNORECASE)
_OR_COMPARATIVE = re.compile(r"\b(?:same|equal)\s+or\s+(?:an?\s+)?(more|less|fewer|higher|lower|greater|smaller|larger|"
                             r"later|earlier|newer|older|longer|shorter|better|worse)\b", re.IGNORECASE)
_BESTING = re.compile(r"\b(?:outperform(?:s|ed|ing)?|beats?|beating|outdo(?:es)?|outstrips?|surpass(?:es|ed)?|"
                      r"superior\s+to|inferior\s+to)\b", re.IGNORECASE)
_EXCEEDING = re.compile(r"\b(" + "|".join(sorted(_EXCEEDING_WORDS)) + r")\b", re.IGNORECASE)
_NUMBER_NEXT = re.compile(rf"\s+{_QUANTITY}", re.IGNORECASE)
_PREFERRED = re.compile(r"\b(?:rather than|instead of|in preference to)\b", re.IGNORECASE)
_DENIED_EQUATIVE = re.compile(r"(?:\bnot\b|\bnever\b|n't\b)[^.;:]{0,25}?\bas\s+[a-z]+\s+as\b", re.IGNORECASE)


def _cause(c: _Text, e: _Text, _: str) -> Finding:
    match = _CAUSES.search(c.raw) or _OPENING_PURPOSE.match(c.raw)
    if not match:
        return None
    purpose = match.re is _OPENING_PURPOSE or _PURPOSE.fullmatch(match.group(0))
    said = c.raw[match.end():]
    opens_clause = not c.raw[:match.start()].strip() or c.raw[:match.start()].rstrip().endswith((":", ";"))
    if opens_clause:   # "Because X, Y" (or "...: thanks to X, Y"): the reason ends at the comma
        said = said.split(",")[0]
    reason = _read(said)
    missing = _unstated(reason, e, bool(purpose))
    stated = (_STATED_PURPOSE if purpose else _STATED_CAUSE).search(e.raw) or \
        (not purpose and _EXPLAINING_COLON.search(e.raw))
    named = _NAMED_REASON.search(e.raw)   # "for performance reasons": a cause named by one word
    if named and _stem((named.group(1) or named.group(2)).lower()) in reason.content:
        return None
    cause = (c.raw[match.start():match.end()] + said).strip(" .")
    # a cause all of whose words the passage states beside the effect ("prefer packages. Packagers have done
    # excellent work at it") joins what the passage sets side by side; a purpose is still the answer's own
    if (not stated and (missing or purpose)) or len(missing) > len(reason.content) * CAUSE_UNSTATED:
        return "not_stated", f"the answer gives a cause ('{cause}') that the passage does not state"
    if not purpose:
        # "Because X, Y": the effect is what follows the reason
        effect = c.raw[match.end() + len(said):] if opens_clause else c.raw[:match.start()]
        turned = _cause_turned(_read(effect), reason, e.raw)
        if turned:
            return "contradicted", f"the passage gives '{turned}' as the cause; the answer gives it as the effect"
        other = _other_cause(_read(effect), reason, e.raw)
        if other:
            return "contradicted", f"the passage gives another cause ('{other}'); the answer says '{cause}'"
    return None


def _agent_swapped(c: _Text, e: _Text, _: str) -> Finding:
    """Another doer after the same passive verb: "It is performed by coders" / "is performed by the translators"."""
    def agents(text: _Text) -> dict[str, tuple[set[str], str]]:
        """The passive verb's stem -> the content stems of its agent ("by the system administrator") and its head."""
        found = {}
        for i in range(1, len(text.tokens) - 1):
            if text.tokens[i] != "by" or not _passive_shaped(text, i - 1) or _doing(text, i + 1):
                continue
            words = [j for j in text.clause_after(i)[:AGENT_WORDS] if _is_content(text.tokens[j])]
            if words:
                found[text.stems[i - 1]] = ({text.stems[j] for j in words}, text.tokens[words[0]])
        return found

    theirs = agents(e)
    for verb, (stems, token) in agents(c).items():
        if verb in theirs and not stems & theirs[verb][0] and \
                not any(_same_meaning(stem) & theirs[verb][0] for stem in stems):
            return "contradicted", f"the passage says '{theirs[verb][1]}'; the answer says '{token}'"
    return None


def _cause_turned(effect: _Text, reason: _Text, passage: str) -> str | None:
    """The passage's cause given as the effect and its effect as the cause: "The reminders are sent even if the
    interface is not running, as calcurse is able to run in background" / "calcurse is able to run in background
    because its reminders have to be sent ..."; the passage's cause, else None."""
    for span in split_sentences(passage):
        sentence = span.text
        match = _CAUSES.search(sentence) or _AS_CAUSE.search(sentence)
        if not match or _PURPOSE.fullmatch(match.group(0)):
            continue
        if sentence[:match.start()].strip():
            theirs_effect, theirs_cause = sentence[:match.start()], sentence[match.end():]
        else:   # "Because X, Y"
            theirs_cause, _comma, theirs_effect = sentence[match.end():].partition(",")
        said_effect, said_cause = _read(theirs_effect).content, _read(theirs_cause).content
        if len(effect.content & said_cause) >= 2 and len(reason.content & said_effect) >= 2 and \
                len(effect.content & said_cause) > len(effect.content & said_effect) and \
                len(reason.content & said_effect) > len(reason.content & said_cause):
            return theirs_cause.strip(" .")
    return None


def _unstated(reason: _Text, e: _Text, purpose: bool) -> set[str]:
    """The content stems of a cause that the passage lacks. How and whether are the other rules' to check
    ("deliberately masked", "can't be misused"): a cause is unstated for lack of its things and doings."""
    manner = {s for t, s in zip(reason.tokens, reason.stems)   # not "without root privileges"
              if _is_adverb(t) or t in ("not", "cannot") or t.endswith("n't") or t in _WHEN_WORDS}
    return {w for w in reason.content - e.content if "re" + w not in e.stems and not _same_meaning(w) & e.content} - \
        _prefix_negated(reason) - \
        _LIGHT_VERBS - (_ALLOWING_FOR if purpose else set()) - manner   # "read again" is the passage's "reread"


def _other_cause(effect: _Text, reason: _Text, passage: str) -> str | None:
    """The cause the passage gives for the same effect, when the answer's is stated elsewhere in the passage
    instead: "not easy, because voice mode can be set with other modes" / "not easy, because Bitlbee uses
    voice mode" (said in the next paragraph, of something else). A cause in other words than the passage's is
    left alone: only a cause taken from another sentence is known to be another."""
    sentences = [span.text for span in split_sentences(passage)]

    def states_it(sentence: str) -> bool:
        return len(_unstated(reason, _read(sentence), False)) <= len(reason.content) * CAUSE_UNSTATED

    for at, sentence in enumerate(sentences):
        match = _CAUSES.search(sentence)
        result = _SO_RESULT.search(sentence)   # "X, so Y": X is the cause of Y
        if match and not _PURPOSE.fullmatch(match.group(0)):
            theirs, cause = _read(sentence[:match.start()]), sentence[match.start():]
        elif result:
            theirs, cause = _read(sentence[result.end():]), sentence[:result.start()]
        else:
            continue
        if states_it(sentence):
            continue
        if not effect.content or len(effect.content & theirs.content) * 2 < len(effect.content):
            continue
        given = _read(cause).content
        if len(given & reason.content) * 2 >= len(given):
            continue   # the same cause in fewer words: "The newsgroup and mailing list are gatewayed, so ..."
        if any(states_it(other) for i, other in enumerate(sentences) if i != at):
            return cause.strip(" .")
    return None


def _comparison(c: _Text, e: _Text, _: str) -> Finding:
    match = _OR_COMPARATIVE.search(c.raw) or _comparative(c.raw)
    if not match:
        # "provide efficient performance that beats the lateral-join approach": bested, with no "than"
        besting = _BESTING.search(c.raw)
        if besting and not (_BESTING.search(e.raw) or _EXCEEDING.search(e.raw) or _comparative(e.raw)
                            or _PREFERRED.search(e.raw)):
            return "not_stated", f"the answer compares ('{besting.group(0)}'); the passage makes no such comparison"
        return None
    if _NUMBER_NEXT.match(c.raw, match.end()):   # "more than 31,000" is a quantity: compare its bound
        return _bounds(c.raw, e.raw)
    ours_way = _direction(c.raw, match)
    if ours_way == ("up", True) and _LIMITED.search(e.raw):
        return None   # "can last no longer than the limit" / "is limited to the limit"
    # "meets or exceeds" is "higher than"; "the same or higher release as" is "the same or a higher release than"
    theirs = _comparative(e.raw) or _EXCEEDING.search(e.raw) or _OR_COMPARATIVE.search(e.raw)
    if theirs is not None:
        theirs_way = _direction(e.raw, theirs)
    elif (preferred := _PREFERRED.search(e.raw)) is not None and ours_way[0] in ("better", "wors"):
        # "it is advisable to set it in the Makefile rather than at runtime": the first is the better one
        theirs, theirs_way = preferred, ("better", False)
    else:   # "may not appear as responsive as desired" is "less responsive than"
        theirs = _DENIED_EQUATIVE.search(e.raw)
        if theirs is None:
            return "not_stated", f"the answer compares ('{match.group(0)}'); the passage makes no such comparison"
        theirs_way = ("down", False)
    # "low-priority ones get less than high-priority ones" says what "high-priority ones get more than
    # low-priority ones" does: the same comparison from its other side
    if (ours_way == theirs_way) == _sides_swapped(c.raw, match, e.raw, theirs):
        return "contradicted", f"the passage says '{theirs.group(0)}'; the answer says '{match.group(0)}'"
    return None


def _dotted_name_swapped(c: _Text, e: _Text, context: str) -> Finding:
    """A dotted name whose last part the passage gives otherwise: "threading.Lock" where it says
    "threading.RLock"."""
    stated = set(_DOTTED_NAME.findall(e.raw + " " + context))
    for name in _DOTTED_NAME.findall(c.raw):
        if name in stated or name.removesuffix("s") in stated:   # "typing.Unions" are typing.Union's
            continue
        prefix = name.rsplit(".", 1)[0] + "."
        if len(prefix) <= 3:
            continue   # R's "as.list" and "as.function" are two names, not one module's two attributes
        others = sorted(other for other in stated if other.startswith(prefix) and other.count(".") == name.count("."))
        if others:
            return "contradicted", f"the passage says '{others[0]}'; the answer says '{name}'"
    return None


# a module's attribute, written out: "threading.RLock", "os.path.join"; not a sentence's end ("in v1.2.")
_DOTTED_NAME = re.compile(r"(?<![\w.])(?:[A-Za-z_]\w+\.)+[A-Za-z_]\w+(?![\w(]|\.\w)")


def _ranking_not_made(c: _Text, passage_text: str) -> str | None:
    """Why the answer ranks what the passage does not ("the most basic formatter and also the fastest one", where
    the passage says only "the most basic"), or None. The passage's own word for the quality ("simple" for "the
    simplest"), or a word for an extreme ("maximum" for "the largest", "last" for "the most recent"), is taken
    as saying it."""
    passage = _read(passage_text)
    extremes, ranked = _passage_rankings(passage_text)
    if extremes or ranked - _rankings(c):
        return None   # the passage ranks something the answer does not say in its words: it may in others
    for at, token in enumerate(c.tokens):
        if at == 0 or c.tokens[at - 1] not in ("the", "also") or token in passage.tokens:
            continue
        if token in ("most", "least"):
            quality = c.tokens[at + 1] if at + 1 < len(c.tokens) else ""
            if quality.isalpha() and quality not in STOPWORDS and _stem(quality) not in passage.stems:
                return f"the answer says '{token} {quality}'; the passage ranks nothing so"
        elif _is_superlative(token) and not any(_stem(base) in passage.stems for base in _bases(token)):
            return f"the answer says '{token}'; the passage ranks nothing so"
    return None


# any way a passage may state that something is needed, or bound to be so: "must", "needed", "enforces", "make
# sure", "only numbers can be used", "is restricted to", "cannot ... without"
_REQUIRING = re.compile(r"\b(?:must|need\w*|requir\w*|necess\w*|mandat\w*|enforc\w*|restrict\w*|make sure|ensur\w*|"
                        r"only|essential\w*|oblig\w*|compuls\w*|ha(?:ve|s|d) to|got to|should|ought|critical\w*|"
                        r"important\w*|cannot|can[\u2019']t|allowed|forbid\w*|prohibit\w*|expect\w*|(?:is|are) to|"
                        r"depend\w*|unless|without|always)\b", re.IGNORECASE)


def _requirement_not_made(c: _Text, passage_text: str) -> str | None:
    """Why the answer obliges where the passage states no need of any kind ("it is a good idea to wrap", "feel free to
    send", "makes it possible to use" / "must", "is required"), or None. Offline over the latest run of every
    claim set 1-103: six distortions caught, one faithful claim lost (a requirement read from "the intersection
    of")."""
    if _states_a_need(passage_text):
        return None
    for kinds, word, _scope in _modals(c):
        written = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", c.raw, re.IGNORECASE)   # not "tls_require_x"
        # "you only have to" says what is enough, not what is required
        if kinds == {"obligation"} and written and not re.search(r"\bonly\s+$", c.raw[:written.start()]):
            return f"the answer says '{word}'; the passage states no requirement"
    return None


@lru_cache(maxsize=256)
def _states_a_need(passage_text: str) -> bool:
    return _REQUIRING.search(passage_text) is not None


# words for an extreme that an answer's superlative may restate: "the largest" / "the maximum", "the most recent" /
# "the last", "the fewest" / "the least"
_EXTREMES = {"maximum", "minimum", "max", "min", "last", "latest", "newest", "oldest", "least", "top", "bottom"}


@lru_cache(maxsize=256)
def _passage_rankings(passage_text: str) -> tuple[bool, frozenset[str]]:
    """Whether the passage has a word for an extreme, and its rankings."""
    passage = _read(passage_text)
    return bool(_EXTREMES & set(passage.tokens)), frozenset(_rankings(passage))


def _rankings(text: _Text) -> set[str]:
    """The text's superlatives: "simplest", "most basic"."""
    return {t for t in text.tokens if _is_superlative(t)} | \
        {f"most {b}" for a, b in zip(text.tokens, text.tokens[1:]) if a == "most" and b not in STOPWORDS}


def _bases(word: str) -> tuple[str, ...]:
    return (word[:-3], word[:-2], word[:-4], word[:-4] + "y")


def _is_superlative(word: str) -> bool:
    """"fastest", "largest", "biggest", "easiest", "best": an adjective's -est form ("test", "request" are no
    such forms: their stems are no everyday words)."""
    if word in ("best", "worst"):
        return True
    if not word.endswith("est") or len(word) < 6 or word in _EST_NOUNS:
        return False
    # "fast" + "est", "large" + "st", "big" + "gest", "eas(y)" + "iest"
    return any(len(base) >= 3 and is_common_word(base) for base in _bases(word))


_EST_NOUNS = {"interest", "request", "suggest", "contest", "protest", "manifest", "harvest", "forest", "digest",
              "honest", "modest", "invest", "arrest", "latest"}
