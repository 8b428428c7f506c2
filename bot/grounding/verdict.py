"""Judging a claim: split it into its clauses, find its best evidence in the passage (one sentence or two
neighbours), then run each check on the pair; the first finding is the verdict.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.base.records import Verdict
from bot.grounding.causes import (
    _agent_swapped,
    _cause,
    _comparison,
    _dotted_name_swapped,
    _passage_rankings,
    _ranking_not_made,
    _requirement_not_made,
    _states_a_need,
)
from bot.grounding.modality import _guarantee_added, _hedge_dropped, _modality, _preference_swapped
from bot.grounding.names_numbers import (
    _addresses,
    _bare,
    _calls,
    _defaults,
    _letters,
    _long_options,
    _name_tokens,
    _names,
    _names_in,
    _numbers,
    _option_case,
    _paths,
    _quoted,
    _swapped_in_a_sentence,
    _terms,
)
from bot.grounding.negation import _compound_swapped, _negation, _non_added, _opposites
from bot.grounding.order import (
    _before_after,
    _bound_moved,
    _bound_turned,
    _copied_the_other_way,
    _correlative,
    _exact_or_bound,
    _from_to_swapped,
    _order,
    _pairing_swapped,
    _releases_turned,
    _respectively_swapped,
    _reversal,
    _sequence,
    _while_or_after,
)
from bot.grounding.quantifiers import _addition_not_given, _condition_waived, _only_condition, _quantifiers
from bot.grounding.roles import (
    _exchanged,
    _name_in_another_slot,
    _name_swapped_in_its_sentence,
    _names_traded,
    _roles,
    _value_given_another_name,
)
from bot.grounding.text import _CALLED, _OPENERS, _POINTING_BACK, Finding, _read, _stem, _Text
from bot.sentences import STOPWORDS, SentenceSpan, is_rare_word, split_sentences
from bot.word_senses import said_otherwise
from ingest.textnorm import find_normalized

MIN_SHARED = 0.4          # share of the claim's content words its evidence must hold to count as "about it"
OTHER_SENTENCE_SHARE = 0.6   # share of another sentence's content words that must be the claim's (_denied_elsewhere)
_POINTER_WORDS = {"this", "that", "these", "those"}
_PRONOUN = re.compile(r"\b(?:it|its|they|their|them)\b", re.IGNORECASE)   # a subject said before
# an evidence whose subject is a pronoun: "By default, it reports ...", "If it is running ..."
_OPENS_WITH_PRONOUN = re.compile(r"(?:[A-Z][\w ]{0,30},\s*|(?:if|when|once|since|as|while)\s+)?(?:it|they|its|their)\b",
                                 re.IGNORECASE)
ANTECEDENT_REACH = 3   # sentences back an evidence's "it" may lead
SIGNATURE_REACH = 3    # paragraphs back from the evidence a reference entry's signature may stand
_IDENTIFIER = re.compile(r"[\w.]*\w\(\)|\b\w+_\w+\b")   # "format_filename()", "default_map"
_POINTER = re.compile(r"\b(this|that|these|those)\s+([a-z]{3,})\b", re.IGNORECASE)   # "this backend"
_MODAL_VERBS = frozenset({"must", "should", "may", "might", "can", "could", "shall", "will", "would", "ought"})
_OPENS_WITH_CONDITION = re.compile(r"\s*(?:if|when|whenever|unless|in case)\b", re.IGNORECASE)
# Nouns whose modifier is their name ("the QA team", "for security reasons"); a swapped modifier swaps them.
# Not "project": "the whole project" is "the entire project".
# what names follow: "package mda", "module os", "command ls"
_KINDS_BEFORE_NAMES = {"package", "module", "library", "command", "program", "function", "daemon", "plugin",
                       "extension", "class", "method", "variable", "option", "field", "table", "directory"}
_OPTION = re.compile(r"(?<![\w-])--?[A-Za-z](?![\w-])")   # "-B", "-b": one letter, told apart by its case
_ANY_OPTION = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*(?<!-)")   # "-C", "--gc", "--disable-nls"


def forget_read_texts() -> None:
    """Drop the texts read so far, so that a benchmark times each check as if its texts were new."""
    _read.cache_clear()
    _names_in.cache_clear()
    _evidence_spans.cache_clear()
    _name_tokens.cache_clear()
    _topic.cache_clear()
    _passage_rankings.cache_clear()
    _states_a_need.cache_clear()


def judge(claim: str, passage_text: str, context: str = "") -> Verdict:
    """The verdict on one answer sentence (markers removed) against one passage.

    context is text that may name the passage's essay (title, authors, collection, publisher): names found
    there count as stated.
    """
    span = find_normalized(passage_text, claim)
    if span:
        quoted = passage_text[span[0]:span[1]]
        stated = _OPTION.findall(quoted)
        changed = [o for o in _OPTION.findall(claim) if o not in stated]
        if changed:   # "-b" for "-B": the quote matches with case folded, but an option's case is its meaning
            theirs = next((o for o in stated if o.lower() == changed[0].lower()), None)
            said = f"the passage says '{theirs}'" if theirs else "the passage does not"
            return Verdict(claim, "contradicted", f"{said}; the answer says '{changed[0]}'", quoted)
        return Verdict(claim, "supported", "quoted word for word", quoted)
    parts = split_claims(claim)
    verdicts = [_judge_clause(part, passage_text, context) for part in parts]
    worst = next((v for status in ("contradicted", "not_stated") for v in verdicts if v.status == status), None)
    if worst is not None:
        return Verdict(claim, worst.status, worst.reason, worst.evidence)
    evidence = " \u2026 ".join(dict.fromkeys(v.evidence for v in verdicts))
    # each part is in the passage, but with each other's words: "not handled by the watchdog reloader, whereas
    # the stat reloader monitors them" / "not handled by the stat reloader. The watchdog reloader monitors them"
    if len(parts) > 1:
        whole = best_evidence(claim, passage_text)[0]
        if whole and (exchanged := _exchanged(_read(claim), _read(whole), "")) is not None:
            return Verdict(claim, exchanged[0], exchanged[1], whole)
    return Verdict(claim, "supported", "its words and meaning are in the passage", evidence)


def points_back(text: str) -> bool:
    """The text opens with a word that points to what came before it ("This will also install ...")."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first in _POINTING_BACK


def split_claims(sentence: str) -> list[str]:
    """A long sentence's separate claims: parts joined by ';' or ', but' / ', while' / ', whereas'."""
    parts = [p.strip(" ,;") for p in re.split(r";\s+|,\s+(?:but|while|whereas|and yet)\s+", sentence)]
    claims: list[str] = []
    for part in parts:
        if claims and len(_read(part).content) < 3:
            claims[-1] += ", " + part
        elif part:
            claims.append(part)
    return claims or [sentence]


def best_evidence(claim: str, passage_text: str) -> tuple[str, float]:
    """The passage span (a sentence or two neighbours) holding most of the claim's content words. Its modals
    choose nothing: "you may choose to turn it off" is about "you must turn off this option", not "this option
    may cause display bugs"."""
    wanted = _read(claim).content
    wanted = wanted - _MODAL_VERBS or wanted
    if not wanted:
        return "", 0.0
    best, best_share, best_calls = "", 0.0, 0
    best_held: frozenset[str] = frozenset()
    names = {_stem(_bare(n)) for n in _name_tokens(claim)}
    called = [re.compile(rf"(?<![\w.]){re.escape(call)}\(")
              for call in {m.group(1).split(".")[-1].lower() for m in _CALLED.finditer(claim)}] + \
        [re.compile(rf"(?<![\w-]){re.escape(option)}(?![\w-])")   # its options, case and all ("-C", not "-D")
         for option in set(_ANY_OPTION.findall(claim))]
    for span in _evidence_spans(passage_text):
        # a word the span says in other words ("starts" for "begins") counts as held
        held = wanted & span.content | said_otherwise(wanted, span.content)
        share = len(held) / len(wanted)
        # at an equal share, the span that names the functions the claim calls ("environment(f)", "f()") and the
        # options it gives
        named = sum(1 for call in called if call.search(passage_text, span.start, span.end))
        if share < best_share - 1e-9 or (share <= best_share + 1e-9 and named <= best_calls):
            continue
        if share <= best_share + 1e-9:
            best, best_calls = passage_text[span.start:span.end], named
            continue
        # a neighbour is taken for two more of the claim's words, or for a name, or when one sentence is too
        # little: one ordinary word from the next sentence is how its "no" or its other word gets judged.
        # A sentence that opens by pointing back ("This allows ...") brings the one it points to for one word.
        gained = held - best_held
        if span.single or len(gained) >= 2 or gained & names or best_share < MIN_SHARED or \
                (span.leaning and gained):
            best, best_share, best_held, best_calls = passage_text[span.start:span.end], share, held, named
    return best, best_share


@dataclass(frozen=True)
class _EvidenceSpan:
    start: int
    end: int
    content: frozenset[str]
    single: bool            # one sentence, not a sentence and the next
    leaning: bool = False   # a pair whose second sentence points back to the first ("This allows ...")


@lru_cache(maxsize=256)   # each claim citing a passage looks through the same spans
def _evidence_spans(passage_text: str) -> tuple[_EvidenceSpan, ...]:
    """The passage's sentences, then each sentence with the next, with their content stems: a pair's are its
    two sentences' together, so each sentence is read once, however many claims cite the passage."""
    sentences = split_sentences(passage_text)
    singles = [_EvidenceSpan(s.start, s.end, _read(s.text).content, True) for s in sentences]
    # a term alone in its paragraph names the definition after it ("setenv.add-response-header", then "adds a
    # header to the HTTP response"): the two are read together, and the term is no evidence for the definition
    # before it (the previous entry's)
    terms = {i for i, s in enumerate(sentences) if _stands_alone(passage_text, s) and _is_term(s.text)}
    pairs = [_EvidenceSpan(a.start, b.end, a.content | b.content, False, points_back(s.text) or i in terms)
             for i, (a, b, s) in enumerate(zip(singles, singles[1:], sentences[1:]))
             if i + 1 not in terms or sentences[i].text.endswith(":")]
    return (*singles, *pairs)


# a line of code shown inside a sentence ("the expressions", "r(ones (1, n), :)", "will produce ..."), not a term
_CODE_MARKS = re.compile(r"[(){}\[\];,]")
# a reference entry's heading: a function or predicate with its arguments ("put_attr(+Var, +Module, +Value)",
# "[deprecated]attr_portray_hook(+AttValue, +Var)", Sphinx's "jinja-filters.tojson(value: Any) → Markup"),
# defined by the paragraphs under it
_SIGNATURE = re.compile(r"(?:\[\w+\]\s*)?(?:(?:class|def|function|method|exception)\s+)?[\w:.$-]+\([^()]{0,300}\)"
                        r"(?:\s*(?:→|->)\s*[\w.\[\], ]+)?|"
                        # an attribute's: "_get_current_object: Callable[[], T]", "property top: Optional[T]"
                        r"(?:property\s+)?[\w.]+:\s*[\w.]+(?:\[[\w.\[\], ]*\])?")


def _is_term(text: str) -> bool:
    """A line that names a definition list's entry: a few words, no sentence's end, no code marks."""
    return len(text.split()) <= MAX_TERM_WORDS and text[-1] not in ".!?:" and not _CODE_MARKS.search(text)


def _stands_alone(text: str, sentence: SentenceSpan) -> bool:
    """The sentence is its paragraph: blank lines (or the passage's ends) before and after it."""
    before, after = text[max(0, sentence.start - 2):sentence.start], text[sentence.end:sentence.end + 2]
    return before in ("\n\n", "") and after in ("\n\n", "")


def _judge_clause(claim: str, passage_text: str, context: str) -> Verdict:
    evidence, share = best_evidence(claim, passage_text)
    if share < MIN_SHARED:
        return Verdict(claim, "not_stated", f"the passage does not say this: only {share:.0%} of its words are "
                                            "in any sentence of it", evidence)
    c = _read(claim)
    found = _first_finding(c, evidence, passage_text, context)
    if found is not None:
        status, reason = found
        return Verdict(claim, status, reason, evidence)
    unstated = _ranking_not_made(c, passage_text) or _requirement_not_made(c, passage_text)
    if unstated is not None:
        return Verdict(claim, "not_stated", unstated, evidence)
    e = _read(evidence)
    swapped = _kind_named_elsewhere(c, e, passage_text)
    if swapped is not None:
        return Verdict(claim, "contradicted", swapped, evidence)
    elsewhere = _denied_elsewhere(c, passage_text, evidence)
    if elsewhere is not None:
        reason, sentence = elsewhere
        return Verdict(claim, "contradicted", reason, sentence)
    return Verdict(claim, "supported", "its words and meaning are in the passage", evidence)


def _first_finding(c: _Text, evidence: str, passage_text: str, context: str) -> Finding:
    """The first check's finding that the claim is not supported by the evidence: (status, reason)."""
    e = _read(evidence)
    context = " ".join(filter(None, (context, *_referents(evidence, passage_text), _everyday_opener(c, passage_text))))
    named_before = _paragraph_identifiers(evidence, passage_text)
    for check in (_negation, _opposites, _non_added, _compound_swapped, _numbers, _names, _option_case, _long_options,
                  _letters, _paths, _addresses, _quoted, _calls, _dotted_name_swapped, _terms,
                  _defaults, _swapped_in_a_sentence, _only_condition, _addition_not_given, _quantifiers, _modality,
                  _condition_waived,
                  _cause, _comparison, _correlative, _bound_moved, _bound_turned, _releases_turned, _while_or_after,
                  _exact_or_bound, _reversal,
                  _pairing_swapped, _respectively_swapped, _copied_the_other_way,
                  _sequence, _before_after, _agent_swapped, _order, _from_to_swapped, _roles,
                  _exchanged, _value_given_another_name, _name_in_another_slot, _name_swapped_in_its_sentence,
                  _names_traded, _preference_swapped, _hedge_dropped, _guarantee_added):
        if check is _terms:
            found = check(c, e, _with_its_topic(context, passage_text, c, e) + named_before)
        else:
            found = check(c, e, context + named_before if check is _calls else context)
        if found is not None:
            return found
    return None


def _kind_named_elsewhere(c: _Text, e: _Text, passage_text: str) -> str | None:
    """A name after its kind taken from another sentence: "bruto() in package gss", where the evidence says
    "from package mda" and another sentence "Package gss can fit ...". The passage's own "package gss" shows
    the word is a name; a word it never puts after the kind ("package unfit") may be a paraphrase."""
    passage = _read(passage_text)
    for i, token in enumerate(c.tokens[1:], start=1):
        kind = c.tokens[i - 1]
        if kind not in _KINDS_BEFORE_NAMES or c.stems[i] in e.stems or token in STOPWORDS:
            continue
        named_elsewhere = any(t == kind and passage.tokens[j + 1] == token for j, t in enumerate(passage.tokens[:-1]))
        theirs = [e.tokens[j + 1] for j, t in enumerate(e.tokens[:-1]) if t == kind and e.stems[j + 1] not in c.stems]
        if named_elsewhere and theirs:
            return f"the passage says '{kind} {theirs[0]}'; the answer says '{kind} {token}'"
    return None


def _with_its_topic(context: str, passage_text: str, c: _Text, e: _Text) -> str:
    """The context, and the rare word the passage names most (twice or more) when the evidence names nothing
    rare that the answer leaves out: a passage on testfind says "If none is specified, / is assumed." of it, and
    an answer may name it. Where the evidence names another program, an answer naming this one swapped them."""
    if any(is_rare_word(t) and t not in STOPWORDS and s not in c.stems for t, s in zip(e.tokens, e.stems)):
        return context
    return " ".join([context, *_topic(passage_text)])


def _paragraph_identifiers(evidence: str, passage_text: str) -> str:
    """The functions and identifiers named earlier in the evidence's paragraph ("Click supports launching
    editors through edit(). ... If the user closes the editor without saving, ..."): what it is about, which
    an answer may name."""
    start = passage_text.find(evidence)
    if start <= 0:
        return ""
    paragraph = passage_text[:start].rsplit("\n\n", 1)[-1]
    return "".join(f" {name}" for name in _IDENTIFIER.findall(paragraph))


@lru_cache(maxsize=256)
def _topic(passage_text: str) -> tuple[str, ...]:
    """The rare words a passage names most, if twice or more."""
    counts = Counter(t for t in _read(passage_text).tokens if t not in STOPWORDS and len(t) > 2)
    rare = {t: n for t, n in counts.items() if is_rare_word(t)}
    most = max(rare.values(), default=0)
    return tuple(t for t, n in rare.items() if n == most and n >= 2)


def _referents(evidence: str, passage_text: str) -> list[str]:
    """What the evidence's "this backend" points back to in the passage before it ("The 'locmem' backend"):
    the words before the last earlier mention of the same noun. An answer may name it."""
    start = passage_text.find(evidence)
    if start <= 0:
        return []
    before = passage_text[:start]
    found = []
    for pointer in _POINTER.finditer(evidence):
        noun = re.escape(pointer.group(2))
        mentions = [m for m in re.finditer(rf"(?:[\w.'\u2019-]+\s+)?([\w.'\u2019-]+)\s+{noun}\b", before,
                                           re.IGNORECASE) if m.group(1).lower() not in _POINTER_WORDS]
        if mentions:
            found.append(mentions[-1].group(0))
    if _OPENS_WITH_PRONOUN.match(evidence):
        found += _antecedent_sentence(before)
    return found + _defined_term(before)


def _defined_term(before: str) -> list[str]:
    """The term a definition list's entry defines, when the evidence lies in the definition under it ("-g",
    "--showcursor", then "Make the cursor visible ..."): an answer may name what the entry is about."""
    # a reference page's entries may come as list items ("- class cachelib.file.FileSystemCache(cache_dir, ...)",
    # then "- cache_dir (str) – the directory where cache files are stored.")
    lines = [_LIST_MARK.sub("", paragraph.strip()) for paragraph in before.split("\n\n")]
    terms: list[str] = []
    for line in reversed(lines[:-1]):   # the paragraphs before the evidence's own
        if not line or "\n" in line or not (_is_term(line) or _SIGNATURE.fullmatch(line)):
            break
        terms.append(line)
    # a reference entry's later paragraph ("Convert URLs ...", then "This may not recognize ..."), or a parameter
    # under the entry's "Parameters" label, belongs to the entry's signature
    if not any(_SIGNATURE.fullmatch(term) for term in terms):
        terms += [line for line in lines[-1 - SIGNATURE_REACH:-1] if _SIGNATURE.fullmatch(line)][-1:]
    return terms


_LIST_MARK = re.compile(r"^(?:[-*\u2022]|\d{1,2}[.)])\s+")


def _everyday_opener(c: _Text, passage_text: str) -> str:
    """The answer's first word when the passage writes it in lower case: "Authentication relies on MUNGE"
    opens with the passage's "for authentication", a word and no name, wherever in the passage it stands."""
    first = c.written[0] if c.written else ""
    if first[:1].isupper() and first[1:].islower() and \
            re.search(rf"(?<![\w-]){re.escape(first.lower())}(?![\w-])", passage_text):
        return first.lower()
    return ""


def _antecedent_sentence(before: str) -> list[str]:
    """What an evidence's "it" leads back to: the first word (past its openers) of the nearest sentence before
    it that says "it" of nothing earlier ("squeue reports the state of jobs. It has ... options. By default, it
    reports the running jobs ...": squeue)."""
    for sentence in reversed(split_sentences(before)[-ANTECEDENT_REACH:]):
        if not _PRONOUN.search(sentence.text):
            subject = next((w for w in sentence.text.split()
                            if (bare := w.lower().strip(",")) not in STOPWORDS and bare not in _OPENERS), "")
            # or the function it names: "The way this works is through the format_filename() function. It ..."
            return ([subject.strip(",:;")] if subject else []) + _IDENTIFIER.findall(sentence.text)
    return []


def _denied_elsewhere(c: _Text, passage_text: str, evidence: str) -> tuple[str, str] | None:
    """(reason, sentence) when another sentence of the passage says what the answer says and contradicts it:
    the evidence is the span sharing most words, which can miss the short sentence that says the opposite
    ("postscreen(8) does not inspect message content." beside a longer one on content and zombies). Such a
    sentence must be about the answer (MIN_SHARED of its words) and mostly made of them (OTHER_SENTENCE_SHARE
    of its own); its contradictions are read as on the evidence, except an answer's "not" that the sentence
    lacks, which a sentence on something else may well lack. A sentence that opens with a condition ("If the
    value is not a well-formed integer, ...") says what follows from it, and denies nothing an answer states
    without one."""
    if not c.content:
        return None
    # the passage's sentences, with their content words, as the evidence spans already split and read them
    sentences = [span for span in _evidence_spans(passage_text) if span.single]
    following = _sentence_after(passage_text, evidence, sentences)
    if following and _OPENS_WITH_PRONOUN.match(following):   # "... can be enabled ... However, it is disabled ..."
        found = _opposites(c, _read(f"{evidence} {following}"), "")
        if found is not None and found[0] == "contradicted":
            return found[1], following
    for span in sentences:   # only a sentence about the answer is read again whole
        text = passage_text[span.start:span.end]
        conditional = _OPENS_WITH_CONDITION.match(text) is not None
        if text in evidence or (conditional and not _OPENS_WITH_CONDITION.match(c.raw)):
            continue
        if conditional and _opposites(_read(c.raw.split(",", 1)[0]), _read(text.split(",", 1)[0]), "") is not None:
            continue   # another case: "If use_ha1_pw is False, ..." beside the answer's "If use_ha1_pw is True, ..."
        shared = c.content & span.content
        if not span.content or len(shared) < MIN_SHARED * len(c.content) or \
                len(shared) < OTHER_SENTENCE_SHARE * len(span.content):
            continue
        other = _read(text)
        for check in (_negation, _opposites, _numbers, _names):
            found = check(c, other, "")
            if found is not None and found[0] == "contradicted" and \
                    (check is not _negation or found[1].endswith("drops the negation")):
                return found[1], text
    return None


def _sentence_after(passage_text: str, evidence: str, sentences: Sequence[_EvidenceSpan]) -> str:
    """The passage's sentence right after the evidence ("" when none follows it in the same paragraph)."""
    end = passage_text.find(evidence)
    if end < 0:
        return ""
    end += len(evidence)
    after = next((s for s in sentences if s.start >= end), None)
    return passage_text[after.start:after.end] if after and "\n\n" not in passage_text[end:after.start] else ""


MAX_TERM_WORDS = 6       # a term that names a definition list's entry, at most
