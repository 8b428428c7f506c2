"""Every sentence of the passages scored by how well it answers the question."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer_kinds import (
    KIND_CUES,
    asks_about_the_essays,
    asks_for_default,
    question_kinds,
    record_field_asked,
    states_default,
    states_version,
)
from bot.base.records import Passage
from bot.base.seams import TextEmbedder
from bot.extractive.terms import (
    _ANAPHOR,
    _ASKS_HOW_TO,
    _COMMENT_LINE,
    _FULL_SENTENCE,
    _PROSE_RUN,
    _QUESTION_END,
    _RULE,
    _VERSION_LABEL,
    _WORDS,
    MAX_ITEM_WORDS,
    _typed_at_prompt,
)
from bot.sentences import (
    SentenceSpan,
    TermWeights,
    lexical_terms,
    split_sentences,
)
from bot.word_senses import said_otherwise
from ingest.textnorm import normalize_for_match

LEXICAL_WEIGHT = 0.3       # credit for sharing the question's words (calibrated with the threshold)
PASSAGE_WEIGHT = 0.3       # credit for the passage's similarity to the question: a sentence alone loses its topic
RECORD_BONUS = 0.3         # credit for the record's sentence stating what a question asks of the essay itself
_DOTTED_VERSION = re.compile(r"\b\d+\.\d+")   # "SBCL 2.2.9.debian User Manual"; not "Libtasn1"
KIND_BONUS = 0.05          # credit for holding what the kind of question asks for (a name for "who"...)
MIN_WORDS = 2
TERM_WORDS = 3     # a line this short, with no sentence's end, names what follows it ("-m <module-name>")
_FAQ_QUESTION = re.compile(r"Q[:.]\s")    # "Q: ..." or "Q. ...": an FAQ's question, as marked
_FAQ_ANSWER = re.compile(r"A[:.]\s")      # "A: ..." or "A. ...": its answer
# a line of code that opens a block or goes on to the next line ("TRAPINT() {", "./configure \\") says nothing
# alone, nor does prose a code block broke off ("The forms", code, "('function traps') and", code, ...)
_UNFINISHED_LINE = re.compile(r"(?:[{(\[\\,]|\s(?:and|or|but|nor|the|a|an|of|to|with|for|from|by|as))\s*$")
# a line of code quoted as a sentence: an interpreter or shell prompt, an assignment, a bare call
_CODE_LINE = re.compile(r"^(?:>>>|\$ |#!|[\w.\[\]]+\s*=[^=]|[\w.]+\(.*\)$)")
# an assignment, a block, a call (not "Copyright(c)" nor a manual page's "gbp-pull(1)"), a decorator, a prompt;
# a closing or empty tag of XML or HTML ("<tag>text<child/></tag>tail")
_CODE_MARK = re.compile(r"[={};]|\w\((?![cC\d]\))|^(?:@|>>>|//)|</[\w:.-]+>|<[\w:.-]+[^<>]*/>")
_TRAILING_COMMENT = re.compile(r"\s+(?:#|//)\s.*$")
_STATEMENT = re.compile(r"(?:import|from|def|class|return|yield|assert|raise|with|for|if|print|async|await)\s")
# a question that asks to be shown code, or quotes some ("the apply= restriction", "CMAKE_CXX_STANDARD"): lines of
# it may answer
_ASKS_FOR_CODE = re.compile(r"\b(?:command|syntax|code|snippet|example|signature)s?\b|[=(){}]|\w_\w", re.I)
_LEAD_IN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")    # words leading into code: "When after", not ".  modify"


@dataclass(frozen=True)
class ScoredSentence:
    n: int
    start: int
    text: str
    score: float
    coverage: float = 0.0       # weighted share of the question's terms found in the sentence and its context
    base: float = 0.0           # the score without its passage's credit: what the refusal threshold reads


@dataclass(frozen=True)
class _Candidate:
    n: int
    start: int
    text: str
    context: str                # what the sentence is judged with: its heading, and the sentence it leans on
    is_record: bool = False     # a sentence of an essay's record, not of its text


def score_sentences(question: str, passages: Sequence[Passage], embedder: TextEmbedder,
                    weights: TermWeights | None = None, focus: str | None = None) -> list[ScoredSentence]:
    """Every distinct sentence of the passages, scored by how well it answers the question, best first.

    A sentence is read with its section heading and, when it opens by pointing back ("It", "This
    release"), with the sentence before it. Its score is its similarity to the question plus credit for the
    question's words it holds, rare words counting for more (weights from the corpus), plus a little when
    it holds what the kind of question asks for (a name for who, a date for when, a number for how many,
    a cause for why, what holds by default for a question asking for a default), and much more for an essay's
    record saying what a question asks of the essay itself (who wrote it, when). A follow-up is scored
    against both the standalone query and its own words (focus).
    Sentences are ranked with a share of their passage's similarity to the question added (PASSAGE_WEIGHT):
    a sentence read alone loses what its passage is about. `base` is the score without it, which the
    refusal threshold reads.
    """
    queries = [question] if not focus or focus == question else [question, focus]
    # a record's sentences ("X is dated 2023-07-29.") answer questions about the essays, and no others: put
    # before an answer on how NTPsec reads its configuration, one said nothing the question asked
    about_essays = any(asks_about_the_essays(q) for q in queries)
    # "Who wrote this manual?": the record's "... was written by ..." says it, however many sentences of a
    # licence speak of manuals and documents
    field = record_field_asked(queries[-1])
    candidates = _candidates([p for p in passages if about_essays or not p.is_record])
    if not candidates:
        return []
    vectors = embedder.embed(queries + [c.context for c in candidates])
    similarity = (vectors[len(queries):] @ vectors[:len(queries)].T).mean(axis=1)
    weigh = weights or TermWeights.uniform()
    wanted = [lexical_terms(q) for q in queries]
    asked_terms = set().union(*wanted)
    kinds = question_kinds(queries[-1])
    asks_default = asks_for_default(queries[-1])
    prior = _passage_prior(passages)
    scored = []
    asks_for_code = bool(_ASKS_FOR_CODE.search(queries[-1]) or _ASKS_HOW_TO.search(queries[-1]))
    for c, sim in zip(candidates, similarity):
        if "why" in kinds and _CODE_LINE.search(c.text):
            continue   # a line of code gives no reason; the sentence that introduces it may bring it along
        if not asks_for_code and _is_code(c.text):
            continue   # nor does it answer in words: the sentence leading into it brings it along when chosen
        if _VERSION_LABEL.fullmatch(c.text) and not {"version", "when"} & set(kinds):
            continue   # "New in Cookiecutter 1.4": when a feature came, an answer only to when
        held = lexical_terms(c.context)
        held |= said_otherwise(asked_terms, held)   # the question's words said in others ("start" for "begin")
        coverage = sum(weigh.coverage(w, held) for w in wanted) / len(wanted)
        bonus = KIND_BONUS if (kinds and any(KIND_CUES[k](c.text, queries[-1]) for k in kinds)) or \
            (asks_default and states_default(c.text)) else 0.0
        if field and c.is_record and f" {field} " in c.text:
            bonus += RECORD_BONUS
        elif about_essays and c.is_record and "version" in kinds and _DOTTED_VERSION.search(c.text) and \
                states_version(c.text, queries[-1]):
            bonus += RECORD_BONUS   # "Which SBCL version does this manual document?": its title gives it
        base = float(sim) + LEXICAL_WEIGHT * coverage + bonus
        scored.append(ScoredSentence(c.n, c.start, c.text, base + PASSAGE_WEIGHT * prior[c.n], coverage, base))
    return sorted(scored, key=lambda s: -s.score)


def _passage_prior(passages: Sequence[Passage]) -> dict[int, float]:
    """Each passage's similarity to the query; one found by BM25 alone gets the lowest of the others'."""
    sims = [p.similarity for p in passages if p.similarity is not None]
    floor = min(sims) if sims else 0.0
    return {p.n: (p.similarity if p.similarity is not None else floor) for p in passages}


def _candidates(passages: Sequence[Passage]) -> list[_Candidate]:
    seen: set[str] = set()
    out: list[_Candidate] = []
    for p in passages:
        previous, term, asking = "", "", ""
        sentences = split_sentences(p.text)
        for i, s in enumerate(sentences):
            key = normalize_for_match(s.text)
            # an FAQ's question marked "Q:" runs to its "A:", its question mark or its paragraph's end, whatever
            # its sentences end with ("Q: My controller complains that OVS is not buffering packets."): no
            # answer, and what its answer leans on
            goes_on = asking and not asking.endswith("?") and not _FAQ_ANSWER.match(s.text) and \
                "\n\n" not in p.text[sentences[i - 1].end:s.start]
            if _FAQ_QUESTION.match(s.text) or goes_on:
                asking = f"{asking} {s.text}".strip()
                continue
            if asking:
                previous, asking = asking if asking.endswith("?") else f"{asking}?", ""
            # an FAQ's answer is about its question: "The "Val" as in the word "value"." after "How do you
            # pronounce "Valgrind"?"
            leans_back = bool(_ANAPHOR.match(s.text) or _QUESTION_END.search(previous)) and bool(previous)
            if _goes_on_after_code(sentences, i):
                # "does not replace the component u ..." says what the code shown above it does, after the words
                # leading into it ("At this point an assignment such as", "> u <- v+w")
                leans_back, previous = True, f"{sentences[i - 2].text} {sentences[i - 1].text}"
            # a question is never the answer (an FAQ's heading); the sentence after it may lean on it
            # marks are no words: "trap '", a code line opening a quote, is one word
            if key not in seen and len(_WORDS.findall(s.text)) >= MIN_WORDS and not _QUESTION_END.search(s.text) \
                    and not _UNFINISHED_LINE.search(s.text):
                seen.add(key)
                body = f"{previous} {s.text}" if leans_back else s.text
                body = f"{term} {body}" if term and not (leans_back and previous == term) else body
                out.append(_Candidate(p.n, s.start, s.text, f"{p.section}: {body}" if p.section else body,
                                      p.is_record))
            if _is_term(s.text):
                term = s.text   # what follows, up to the next term, defines it ("-O", "PYTHONPATH")
            previous = s.text
    return out


def _goes_on_after_code(sentences: Sequence[SentenceSpan], i: int) -> bool:
    """Sentence i goes on from the words before a line of code, which it interrupts: prose opening in lower case
    after a code line that comes after a sentence left unfinished ("At this point an assignment such as"); a
    second code line ("set(...)") goes on from nothing."""
    if i < 2:
        return False
    lead_in, code, text = (span.text for span in sentences[i - 2:i + 1])
    return text[:1].islower() and bool(_PROSE_RUN.search(text)) and _is_shown_command(code) and \
        not _PROSE_RUN.search(code) and len(_LEAD_IN_WORD.findall(lead_in)) >= 2 and \
        not _FULL_SENTENCE.search(lead_in) and not lead_in.endswith(":")


def _is_code(text: str) -> bool:
    """A line of code or of a program's output ("import pytest", "E   assert 1 == 2", "@pytest.fixture"): code
    marks or a statement's keyword, no run of prose, no sentence's end; or a comment line, prose or not."""
    if _COMMENT_LINE.match(text):
        return True
    if _FULL_SENTENCE.search(text):
        return False
    bare = _TRAILING_COMMENT.sub("", text)   # "assert value is again  # requested twice": words in a comment
    return bool(_STATEMENT.match(bare)) or (not _PROSE_RUN.search(bare) and bool(_CODE_MARK.search(bare)))


def _is_term(text: str) -> bool:
    """A line that names what the next paragraph defines: an option, a variable, a signature; no sentence."""
    return len(text.split()) <= TERM_WORDS and not text.rstrip().endswith((".", "?", "!", ":", ";", ",")) \
        and bool(_WORDS.search(text)) and not _UNFINISHED_LINE.search(text) \
        and not _RULE.search(text)   # nor "}", "main() {", "The forms", a banner "12s ======"


def _is_shown_command(text: str) -> bool:
    """A line of code or a command between sentences ("vim -M file", ":set nomodeline"): no sentence's end; or a
    line typed at Python's prompt, whatever it ends with ('>>> for frame in tags.getall("TXXX"):')."""
    return (len(text.split()) <= MAX_ITEM_WORDS and not _FULL_SENTENCE.search(text) and not text.endswith(":")) \
        or _typed_at_prompt(text)
