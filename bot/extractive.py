"""Extractive answers: the passages' own sentences that best answer the question, quoted with [n]."""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.answer_kinds import (
    KIND_CUES,
    asks_about_the_essays,
    asks_for_default,
    gives_default_value,
    is_year,
    mentions_default,
    question_kinds,
    record_field_asked,
    required_kind,
    states_default,
    states_version,
)
from bot.base.records import REFUSAL_SENTENCE, Passage
from bot.base.seams import TextEmbedder
from bot.base.text import MONTHS
from bot.sentences import (
    BULLET,
    NUMBERED_ITEM,
    STOPWORDS,
    SentenceSpan,
    TermWeights,
    is_rare_word,
    lexical_terms,
    split_sentences,
)
from bot.word_senses import said_otherwise
from ingest.textnorm import normalize_for_match

MAX_SENTENCES = 3
RELATIVE_CUT = 0.8         # keep sentences scoring at least this share of the best one
PART_CUT = 0.7            # a sentence on a part of the question the others leave out joins from this share
TOP_PASSAGES_HEARD = 2     # the best-ranked passages that each give their best sentence near the cut
READ_ON_CUT = 0.7          # the sentence after the best one joins it from this share of its score (see _read_on)
LEXICAL_WEIGHT = 0.3       # credit for sharing the question's words (calibrated with the threshold)
PASSAGE_WEIGHT = 0.3       # credit for the passage's similarity to the question: a sentence alone loses its topic
RECORD_BONUS = 0.3         # credit for the record's sentence stating what a question asks of the essay itself
_DOTTED_VERSION = re.compile(r"\b\d+\.\d+")   # "SBCL 2.2.9.debian User Manual"; not "Libtasn1"
KIND_BONUS = 0.05          # credit for holding what the kind of question asks for (a name for "who"...)
MIN_WORDS = 2
TERM_WORDS = 3     # a line this short, with no sentence's end, names what follows it ("-m <module-name>")
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
_WORDS = re.compile(r"[\w&]+")
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
# a line that labels a value and says nothing of what it belongs to: "Default: True", "Panel: SQL", "Type: int"
_LABEL_LINE = re.compile(r"[A-Z][\w ]{0,20}:[ \t]*[^\s.!?][^.!?\n]{0,60}")
_FULL_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_PRONOUNS = "it|its|this|these|they|their|such|that|those|he|she|his|her"
# "This release ...", after an opening word and its comma: "Unfortunately, this is very slow.", or an opening
# phrase that points back: "In that case, ...", "For this reason, ...", "Because of this, ...", "To specify
# this, ...", "To do so, ...", or a word that draws a consequence from it: "Therefore, if there are multiple ..."
_ANAPHOR = re.compile(rf"^(?:(?:{_PRONOUNS.title()}|Therefore|Thus|Hence|Consequently|Otherwise)\b|"
                      rf"[A-Z][a-z]+,\s+(?:{_PRONOUNS})\b|(?:To\s+do|In\s+doing|Doing)\s+so\b|"
                      r"[A-Z][a-z]+(?:\s+[a-z]+){0,2}?\s+(?:that|this|these|those|such)\b[^,.;:]{0,25},)")
# a condition on what the sentence before said: "If so, ...", "If not, ...", "If it didn't, force the disconnect."
_IF_SO = re.compile(r"^(?:if|unless)\s+(?:so|not|(?:it|this|that|they)\s+(?:did|didn't|does|doesn't|do|don't|is|"
                    r"isn't|was|wasn't|are|aren't|can't|cannot|fails?|failed)\b)", re.I)
# "this" standing for what the sentence before said: "There are many ways to make sure this happens"
_THIS_DOES = re.compile(r"\bthis\s+(?:is|was|happens|means|works|will|would|can|could|does|did|makes|allows|"
                        r"requires|ensures|needs)\b")
_THESE_WORD = re.compile(r"\b(?:these|those)\s+([a-z][\w-]+)", re.I)
# "... no need to install these packages", "... raise a syntax error in such cases"
_LEANS_BACK = re.compile(rf"{_ANAPHOR.pattern}|\b(?:these|those)\s+\w|\bin\s+such\s+(?:a\s+)?cases?\b")
# a sentence that says what the code after it shows: "The following example gets the length of an MP3 file."
_POINTS_FORWARD = re.compile(r"\b(?:the\s+following|as\s+follows|below)\b", re.I)
# a sentence that qualifies the one before: "... is extremely efficient if no exceptions are raised. Actually
# catching an exception is expensive."
_QUALIFIES = re.compile(r"^(?:However|But|Actually|Yet|Still|Nevertheless|Nonetheless|Even so|That said)\b")
_FAQ_QUESTION = re.compile(r"Q[:.]\s")    # "Q: ..." or "Q. ...": an FAQ's question, as marked
_FAQ_ANSWER = re.compile(r"A[:.]\s")      # "A: ..." or "A. ...": its answer
_QUESTION_END = re.compile(r"\?[\"'\u201d\u2019)\]]*$")
# a line of code that opens a block or goes on to the next line ("TRAPINT() {", "./configure \\") says nothing
# alone, nor does prose a code block broke off ("The forms", code, "('function traps') and", code, ...)
_UNFINISHED_LINE = re.compile(r"(?:[{(\[\\,]|\s(?:and|or|but|nor|the|a|an|of|to|with|for|from|by|as))\s*$")
# a line of code quoted as a sentence: an interpreter or shell prompt, an assignment, a bare call
_CODE_LINE = re.compile(r"^(?:>>>|\$ |#!|[\w.\[\]]+\s*=[^=]|[\w.]+\(.*\)$)")
_TERM = re.compile(r"^[\w.+]+(?:[-_./][\w.+]+)+$")     # one identifier: "linux-manual-version", "max_loop"
# what a definition list defines: an identifier, a setting with its values and default ("MACExpire = <seconds>
# (600)"), a quoted name ("‘USR2’"), or an entry's syntax line ("Syntax: max-browser-tabs <number> Default: 10");
# not a heading left in the text ("Abstract")
# a command's signature, its arguments as placeholders: "watchfrr ignore DAEMON", "exec-timeout MINUTE [SECOND]"
_SIGNATURE = (r"^(?=.*(?:\b[A-Z][A-Z\d_]{2,}\b|\[[^\]]+\]|<[^>]+>))"
              r"(?!(?:the|a|an|this|that|these|those|it|its|in|on|at|for|to|of|and|or|if|when|with|by|from)\s)"
              r"[a-z][\w.-]*(?:\s+[\w.|<>\[\]-]+){1,7}$")
# an API entry's signature as Sphinx writes it above what it does: "done()", "LockFile.acquire(timeout=None)",
# "class polib.POEntry(*args, **kwargs)", "exception lockfile.AlreadyLocked"; its parameters are names, so a
# call in an example, "Decider('content')", "audio.save(v2_version=3)", is none
_API_SIGNATURE = (r"^(?:(?:class|exception|method|classmethod|staticmethod|function|attribute|property|data|"
                  r"async|coroutine|decorator)\s+)?[A-Za-z_][\w.]*\((?![^()]*(?<![\w.])\d)[^()'\"]{0,80}\)$|"
                  r"^(?:class|exception|attribute|property|data)\s+[A-Za-z_][\w.]*$")
# a command-line option with its argument and where it applies: "-y (global)", "-of, -print_format writer_name"
_OPTION_TERM = r"^-{1,2}[A-Za-z][\w-]*(?:\[[^\]]*\])?(?:,?\s+[^.!?]{0,80})?$"
# an option that is one plain word in lower case, alone in its paragraph ("trust", "debug"): a heading left in
# the text is capitalised ("Abstract")
_PLAIN_TERM = re.compile(r"[a-z][a-z0-9]*")
_RULE = re.compile(r"[=_~*#-]{4,}")   # a rule drawn in text: a test run's banner, a heading's underline
# (never a term: "12s ======" before "pytest has support for ..." defines nothing)
_DEFINED_TERM = re.compile(rf"(?!(?s:.*){_RULE.pattern})"
                           rf"(?:{_TERM.pattern}|^[\w.-]+\s*=\s*\S.{{0,80}}$|^[\u2018'\"`][\w.-]+[\u2019'\"`]$|"
                           rf"^(?:Syntax|Synopsis|Usage|Grammar):\s+[^.!?]{{1,150}}$|{_SIGNATURE}|{_API_SIGNATURE}|{_OPTION_TERM})")
# a table's cell border as the cleaner writes rows ("MinGW Makefiles | mingw32-make |"); a row's cells
_CELL_BORDER = re.compile(r"\s\|(?:\s|$)")
_HEADER_CELL = re.compile(r"\(?[A-Z][^\s|]*(?:\s+[^\s|]+){0,3}")   # "Default make program", "(Destination) Port"
# a second question after ", and": "..., and what was the old port number?"
_SECOND_QUESTION = re.compile(r",\s+and\s+((?:what|which|how|where|when|why|who|whose|is|are|does|do|did|can|could|"
                              r"should|must|will|would|has|have)\b[^?]*\?)\s*$", re.IGNORECASE)
_JOINED = re.compile(r"\s(?:and|or|versus|vs\.?)\s", re.IGNORECASE)   # a question's parts (see _joined_parts)
_PART_REACH = 40          # characters either side of "and" where a part is named ("and which for Visual Studio")
# an assignment, a block, a call (not "Copyright(c)" nor a manual page's "gbp-pull(1)"), a decorator, a prompt;
# a closing or empty tag of XML or HTML ("<tag>text<child/></tag>tail")
_CODE_MARK = re.compile(r"[={};]|\w\((?![cC\d]\))|^(?:@|>>>|//)|</[\w:.-]+>|<[\w:.-]+[^<>]*/>")
_COMMENT_LINE = re.compile(r"(?:#|//)\s")   # a comment in code, or a root shell's prompt: "# the coroutine is ..."
_TRAILING_COMMENT = re.compile(r"\s+(?:#|//)\s.*$")
_STATEMENT = re.compile(r"(?:import|from|def|class|return|yield|assert|raise|with|for|if|print|async|await)\s")
# a question that asks to be shown code, or quotes some ("the apply= restriction", "CMAKE_CXX_STANDARD"): lines of
# it may answer
_ASKS_FOR_CODE = re.compile(r"\b(?:command|syntax|code|snippet|example|signature)s?\b|[=(){}]|\w_\w", re.I)
_LEAD_IN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")    # words leading into code: "When after", not ".  modify"
_PROSE_RUN = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")   # three words of prose: no line of code
DEFAULT_LOOKAHEAD = 4      # sentences after a chosen one searched for the default its paragraph gives
_CAPTION_LABEL = re.compile(r"(?:^|\n)(?:Example|Listing|Figure|Table)\s+\d+(?:\.\d+)*\.?[ \t]*$")   # "Example 4.1."
# a listing's caption under it, as books number them: "Listing 1-2: Contents of Cargo.toml generated by cargo new"
_LISTING_CAPTION = re.compile(r"(?:Listing|Example|Figure)\s+\d+(?:[.-]\d+)*:\s")
# a documentation generator's note of when something came or changed: "New in version 3.3.", "New in Cookiecutter 1.4"
_VERSION_LABEL = re.compile(r"(?:New|Changed|Deprecated|Added|Removed)\b[^.!?]{0,40}?\b(?:in|since)\s+[^.!?]{0,30}?"
                            r"\d[\w.]*\.?")
# how the asker does something ("How can I ...", "how to ..."): lines of code may answer; not "How can a site reach it?"
_ASKS_HOW_TO = re.compile(r"\bhow (?:(?:do|can|could|should|would|must|shall) (?:i|we|you|one)\b|to\b)", re.IGNORECASE)
COMMAND_LEAD_IN = 2        # sentences after a chosen one to the colon that shows a command ("For example:")
MAX_LIST_ITEMS = 12        # items of a list a chosen sentence introduces ("...the current contributors:")
MAX_ITEM_WORDS = 25
ALIASES_FILE = Path(__file__).with_name("anchor_aliases.txt")


@lru_cache(maxsize=1)
def anchor_aliases(path: Path = ALIASES_FILE) -> dict[str, tuple[str, ...]]:
    """name -> the other names of its group, all lower case."""
    groups = [[n.strip().lower() for n in line.split(",") if n.strip()]
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return {name: tuple(g) for g in groups for name in g}


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


def _neighbours(chosen: list[ScoredSentence], passages: Sequence[Passage],
                shows_commands: bool = True, taken: Sequence[ScoredSentence] = ()) -> list[ScoredSentence]:
    """The sentences a chosen one leans on or that lean on it: the command shown just before it, with its
    lead-in (the chosen sentence says what the command does); the one before, when the chosen sentence points
    back to it ("This release introduced ...") or defines it (a term: "retry-job", then "Retries the job at a
    future time."); the one after, when that points back to it ("... these packages") or qualifies it
    ("However, ...", "Actually ..."); the items of the list a chosen sentence introduces ("... current
    contributors:"); and, with shows_commands, the command its paragraph leads into ("For example:")."""
    held = {(s.n, s.start) for s in (*chosen, *taken)}
    extra = []
    by_n = {p.n: p for p in passages}

    def take(n: int, span: SentenceSpan, score: float) -> None:
        if (n, span.start) not in held:
            extra.append(ScoredSentence(n, span.start, span.text, score))
            held.add((n, span.start))

    for s in chosen:
        sentences = split_sentences(by_n[s.n].text)
        if (header := _header_row(sentences, s.start)) is not None:
            take(s.n, header, s.score)   # a row says what its cells are only with its table's first row
        if (term := _term_defined(by_n[s.n].text, sentences, s.start)) is not None:
            take(s.n, term, s.score)     # "trust", then "The pam_wheel module will return PAM_SUCCESS ..."
        for line in _typed_before_output(by_n[s.n].text, sentences, s.start):
            take(s.n, line, s.score)     # "'in 2 hours'" is the output of ">>> future.humanize(present)"
        for i, (before, after) in enumerate(zip(sentences, sentences[1:])):
            if after.start == s.start and i and _is_shown_command(before.text) and \
                    sentences[i - 1].text.endswith(":"):
                # what a command shown after its lead-in does: "... do this:", "vim -M file", then "Now every
                # attempt to change the text will fail." The command is the answer
                take(s.n, sentences[i - 1], s.score)
                take(s.n, before, s.score)
            elif after.start == s.start and _goes_on_after_code(sentences, i + 1):
                take(s.n, sentences[i - 1], s.score)   # the words leading into the code, and the code
                take(s.n, before, s.score)
            elif after.start == s.start and (_ANAPHOR.match(s.text) or _THIS_DOES.search(s.text)) and \
                    _leaned_on(before.text):
                take(s.n, before, s.score)
                if i and (_ANAPHOR.match(before.text) or _IF_SO.match(before.text)) and \
                        _leaned_on(sentences[i - 1].text):
                    # that one leans back too: "I solved it by waiting a few seconds.", "If it didn't, force the
                    # disconnect.", "This explains the message ..."
                    take(s.n, sentences[i - 1], s.score)
            elif after.start == s.start and _DEFINED_TERM.match(before.text) and _FULL_SENTENCE.search(s.text):
                # a definition and the identifier it defines ("retry-job", then "Retries the job at a future
                # time."); not a heading left in the text ("Abstract")
                take(s.n, before, s.score)
            elif after.start == s.start and _LISTING_CAPTION.match(s.text) and _is_shown_command(before.text):
                for span in _listing_above(by_n[s.n].text, sentences, i):
                    take(s.n, span, s.score)   # "Listing 1-2: Contents of Cargo.toml ...", under its listing
            elif before.start == s.start and _CAPTION_LABEL.search(by_n[s.n].text, 0, s.start) and \
                    not _FULL_SENTENCE.search(s.text) and _is_shown_command(after.text):
                take(s.n, after, s.score)   # an example's caption, then the example ("tcp port 23 and host ...")
            elif before.start == s.start and shows_commands and \
                    (shown := _command_shown_after(by_n[s.n].text, sentences, i)):
                for span in shown:   # "... use the conda installer instead. For example:", then the command
                    take(s.n, span, s.score)
            elif before.start == s.start and s.text.endswith(":"):
                for item in _items_after(by_n[s.n].text, sentences, i, with_code=shows_commands):
                    take(s.n, item, s.score)
            elif before.start == s.start and shows_commands and _POINTS_FORWARD.search(s.text):
                for line in _code_block_after(by_n[s.n].text, sentences, i):
                    take(s.n, line, s.score)   # "The following example gets the length ... of an MP3 file.", its code
            elif before.start == s.start and (_LEANS_BACK.search(after.text) or _QUALIFIES.match(after.text)) \
                    and _FULL_SENTENCE.search(after.text):
                take(s.n, after, s.score)
            elif before.start == s.start and i + 2 < len(sentences) and \
                    _names_again(s.text, sentences[i + 2].text) and _FULL_SENTENCE.search(sentences[i + 2].text):
                take(s.n, sentences[i + 2], s.score)
            elif before.start == s.start and _COMMENT_LINE.match(s.text) and \
                    (commented := _commented_code(by_n[s.n].text, sentences, i)):
                for line in commented:
                    take(s.n, line, s.score)   # "# save in SRT format", then "vtt.save_as_srt()"
            elif before.start == s.start and _LABEL_LINE.fullmatch(s.text) and \
                    (described := _described_after(sentences, i)) is not None:
                take(s.n, described, s.score)   # "Default: True", then "Controls SQL token grouping."
            elif before.start == s.start and _opens_item(by_n[s.n].text, before) and \
                    "\n" not in by_n[s.n].text[before.end:after.start] and _FULL_SENTENCE.search(after.text):
                take(s.n, after, s.score)   # "- Use a faster JSON serializer ... Possible alternatives are ..."
    return extra


COMMENTED_LINES = 3   # lines of code after a chosen comment that it speaks of, at most


def _commented_code(text: str, sentences: Sequence[SentenceSpan], at: int) -> list[SentenceSpan]:
    """The lines of code just below the comment at `at`, up to a blank line or the next comment: what the comment
    says ("# update caption text", then "vtt[0].text = 'My caption text'")."""
    lines: list[SentenceSpan] = []
    end = sentences[at].end
    for span in sentences[at + 1:at + 1 + COMMENTED_LINES]:
        if "\n\n" in text[end:span.start] or "\n" not in text[end:span.start] or _COMMENT_LINE.match(span.text) \
                or not _is_code(span.text):
            break
        lines.append(span)
        end = span.end
    return lines


def _described_after(sentences: Sequence[SentenceSpan], at: int) -> SentenceSpan | None:
    """The first sentence of prose after the label line at `at`, past the entry's other labels ("PRETTIFY_SQL",
    "Default: True", "Panel: SQL", "Controls SQL token grouping."); None when the next entry's term or nothing
    comes first."""
    for span in sentences[at + 1:at + 4]:
        if _LABEL_LINE.fullmatch(span.text):
            continue
        return span if _FULL_SENTENCE.search(span.text) and not _is_term(span.text) else None
    return None


def _opens_item(text: str, span: SentenceSpan) -> bool:
    """The sentence is the first of a bulleted list item: the item is one point, its next sentence says more of
    it."""
    line = text[text.rfind("\n", 0, span.start) + 1:span.start]
    return bool(line) and BULLET.fullmatch(line) is not None


def _listing_above(text: str, sentences: Sequence[SentenceSpan], last: int) -> list[SentenceSpan]:
    """The lines of the listing that ends with sentence `last`, in order: the shown lines before it with no blank
    line between them, at most MAX_LIST_ITEMS."""
    lines = [sentences[last]]
    for span in reversed(sentences[max(0, last - MAX_LIST_ITEMS + 1):last]):
        if not _is_shown_command(span.text) or "\n\n" in text[span.end:lines[-1].start]:
            break
        lines.append(span)
    return lines[::-1]


def _term_defined(text: str, sentences: Sequence[SentenceSpan], start: int) -> SentenceSpan | None:
    """The term a definition list defines in the paragraph holding the sentence at start: the paragraph just
    before, the term alone ("no_pass_expiry", or an option that is one plain word: "trust"). A sentence
    further on in the definition ("The option has an effect only in case ...") says what it does only with it."""
    paragraph = text.rfind("\n\n", 0, start + 1)
    if paragraph < 0:
        return None
    before = [span for span in sentences if span.end <= paragraph]
    if not before:
        return None
    term = before[-1]
    # alone in its paragraph: the last line of a code block ("end") defines nothing
    opening = text.rfind("\n\n", 0, term.start)
    alone = not text[opening + 1 if opening >= 0 else 0:term.start].strip() and not text[term.end:paragraph].strip()
    if alone and (_DEFINED_TERM.match(term.text) or
                  (_PLAIN_TERM.fullmatch(term.text) is not None and term.text not in STOPWORDS)):   # not "or"
        return term
    return None


def _command_shown_after(text: str, sentences: Sequence[SentenceSpan], at: int) -> list[SentenceSpan]:
    """The sentences after sentence `at` up to the one ending its paragraph with a colon, and the command shown
    in the paragraph below it ("Sometimes you may want to force SCons to use the cached implicit dependencies.
    ... In this case, you can use the --implicit-deps-unchanged option:", "% scons -Q --implicit-deps-unchanged
    hello"); [] when the paragraph does not lead into a command within COMMAND_LEAD_IN sentences."""
    if text[sentences[at].start:sentences[at].end].endswith(":"):
        return []
    for lead in range(at + 1, min(at + 1 + COMMAND_LEAD_IN, len(sentences) - 1)):
        if "\n\n" in text[sentences[lead - 1].end:sentences[lead].start]:
            return []
        if sentences[lead].text.endswith(":"):
            command = sentences[lead + 1]
            if "\n\n" in text[sentences[lead].end:command.start] and _is_shown_command(command.text) and \
                    (_typed_at_prompt(command.text) or not _PROSE_RUN.search(command.text)):
                # a list's items are shown as a command is: the lead-in brings all of them ("... in this order:",
                # "- HGUSER (deprecated)", "- EMAIL", ...)
                return [*sentences[at + 1:lead + 1], *(_bulleted_items(text, sentences, lead) or [command])]
            return []
    return []


def _header_row(sentences: Sequence[SentenceSpan], start: int) -> SentenceSpan | None:
    """The header row of the table whose row starts at start ("Generator | Default make program | Alternatives"
    for "MinGW Makefiles | mingw32-make |"): the first of the rows before it with as many cells, when the table
    starts inside the passage and that row reads as a header (each cell a few words, capitalised); None
    otherwise."""
    at = next((i for i, span in enumerate(sentences) if span.start == start), None)
    if at is None or not (cells := _cell_count(sentences[at].text)):
        return None
    first = at
    while first and _cell_count(sentences[first - 1].text) == cells:
        first -= 1
    if first == 0 or first == at:
        return None
    header = [cell for cell in _CELL_BORDER.split(sentences[first].text) if cell.strip()]
    return sentences[first] if all(_HEADER_CELL.fullmatch(cell.strip()) for cell in header) else None


def _cell_count(text: str) -> int:
    """The cells of a table row, 0 for a line that is none."""
    return len(_CELL_BORDER.split(text)) if _CELL_BORDER.search(text) else 0


def _names_again(chosen: str, later: str) -> bool:
    """The later sentence points back at what the chosen one is about, by its word: "The http-host and
    http-port parameters specify ...", a sentence on the example, then "If these parameters are not set ..."."""
    words = set(re.findall(r"[\w-]+", chosen.lower()))
    return any(m.group(1).lower() in words for m in _THESE_WORD.finditer(later))


def _read_on(best: ScoredSentence, chosen: Sequence[ScoredSentence], scored: Sequence[ScoredSentence],
             passages: Sequence[Passage], best_base: float, top: Sequence[ScoredSentence],
             shows_commands: bool = True) -> list[ScoredSentence]:
    """The sentence right after the best one, when it is a whole sentence that shares a word with the question
    or scores READ_ON_CUT of the best: an answer often goes on in the next sentence ("... can run in the
    foreground or with -d. When run in the foreground, it doesn't create a PID file."). On the stored
    passages of question sets 1-16, key facts 678 -> 713 of 1,062 for 11% more words; taking the next-best
    sentences instead, at a lower RELATIVE_CUT, found 696-698 for 10-16% more.

    The sentences right after the best one that were chosen on their own score (top) are passed over; a
    sentence leading into a list ("... based upon the following criteria:") comes with the list's items, or the
    short lines after it (with shows_commands, lines of code too)."""
    taken = {(s.n, s.start) for s in chosen}
    passage = next(p for p in passages if p.n == best.n)
    sentences = split_sentences(passage.text)
    at = next((i + 1 for i, a in enumerate(sentences[:-1]) if a.start == best.start), None)
    if at is None:
        return []
    # an essay's record lists its fields, each chosen or not on its own: "... was written by Hessy Elliott." does
    # not go on to "... was published by Nesta."
    ranked = set() if passage.is_record else {(s.n, s.start) for s in top}
    while at < len(sentences) - 1 and (best.n, sentences[at].start) in ranked:
        at += 1   # past the sentences after it that scored high enough themselves: the answer goes on after them
    after = sentences[at]
    if (best.n, after.start) in taken:
        return []
    if after.text.endswith(":") and (items := _items_after(passage.text, sentences, at, with_code=shows_commands)):
        # the answer goes on into a list: "... ffmpeg will pick one stream ... It will select that stream based
        # upon the following criteria:", "- for video, it is the stream with the highest resolution," ...
        return [ScoredSentence(best.n, span.start, span.text, best.score) for span in [after, *items]
                if (best.n, span.start) not in taken]
    if not _FULL_SENTENCE.search(after.text):
        return []
    own = next((s for s in scored if (s.n, s.start) == (best.n, after.start)), None)
    if own is None or not (own.coverage > 0 or own.base >= best_base * READ_ON_CUT):
        return []
    return [ScoredSentence(best.n, after.start, after.text, best.score)]


def _read_back(best: ScoredSentence, chosen: Sequence[ScoredSentence], scored: Sequence[ScoredSentence],
               passages: Sequence[Passage], best_base: float) -> list[ScoredSentence]:
    """The sentence right before the best one in its paragraph, when it is a sentence of prose scoring READ_ON_CUT
    of the best on its own: an answer often starts a sentence earlier, with the fact the best one goes on to
    explain ("The original error is available as e.original_exception.", then "An error handler for 500 ...").
    Offline over the stored passages of every first run (sets 1-65), key facts 2,493 -> 2,521 of 4,155 for 2% more
    words; taking the one before whenever it shares a question word found 2,540 for 4% more."""
    passage = next(p for p in passages if p.n == best.n)
    if passage.is_record:
        return []   # a record's fields are each chosen or not on their own
    sentences = split_sentences(passage.text)
    at = next((i - 1 for i, span in enumerate(sentences) if span.start == best.start), -1)
    if at < 0:
        return []
    before = sentences[at]
    if any((s.n, s.start) == (best.n, before.start) for s in chosen) or \
            "\n\n" in passage.text[before.end:best.start] or \
            not (_FULL_SENTENCE.search(before.text) and _PROSE_RUN.search(before.text)):
        return []
    own = next((s for s in scored if (s.n, s.start) == (best.n, before.start)), None)
    if own is None or own.base < best_base * READ_ON_CUT:
        return []
    return [ScoredSentence(best.n, before.start, before.text, best.score)]


def _default_given_beside(question: str, top: Sequence[ScoredSentence], chosen: Sequence[ScoredSentence],
                          passages: Sequence[Passage]) -> list[ScoredSentence]:
    """For a question naming a default or asking for one, the sentence that gives it, further on in the paragraph
    of a sentence chosen on its score (top) that does not: a reference entry often ends on it ("sidebarwidth (int
    or str): Width of the sidebar in pixels. This can be an int, ... Defaults to 230 pixels."); or, with the
    term it belongs to, just above it, where a settings list puts it between the setting's name and what the
    setting does ("INSERT_BEFORE", "Default: '</body>'", "The toolbar searches for this string ...")."""
    if not (mentions_default(question) or asks_for_default(question)):
        return []
    taken = {(s.n, s.start) for s in chosen}
    by_n = {p.n: p for p in passages}
    extra: list[ScoredSentence] = []
    for s in top:
        if gives_default_value(s.text):
            continue
        text = by_n[s.n].text
        sentences = split_sentences(text)
        paragraph_end = text.find("\n\n", s.start)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        later = [span for span in sentences if s.start < span.start < paragraph_end]
        given_later = next((span for span in later[:DEFAULT_LOOKAHEAD] if gives_default_value(span.text)
                            and _FULL_SENTENCE.search(span.text)), None)
        for span in [given_later] if given_later is not None else _default_above(sentences, s.start):
            if (s.n, span.start) not in taken:
                extra.append(ScoredSentence(s.n, span.start, span.text, s.score))
                taken.add((s.n, span.start))
    return extra


def _default_above(sentences: Sequence[SentenceSpan], start: int) -> list[SentenceSpan]:
    """The term and the default line just above the sentence at start, when those are the lines of one settings
    entry ("RENDER_PANELS", "Default: None", "If set to False, ...", other labels between); [] otherwise."""
    at = next((i for i, span in enumerate(sentences) if span.start == start), None)
    if at is None:
        return []
    above = list(sentences[:at])
    while above and _LABEL_LINE.fullmatch(above[-1].text) and not gives_default_value(above[-1].text):
        above.pop()   # "Panel: profiling" between the default and what the setting does
    if len(above) < 2:
        return []
    term, default = above[-2], above[-1]
    return [term, default] if _is_term(term.text) and gives_default_value(default.text) else []


# "Since which release ...", ", and which version added that?": a part of the question may ask when a feature came
_ASKS_WHICH_RELEASE = re.compile(r"\b(?:(?:since|in|from|as of)\s+(?:which|what)|which|what)\s+(?:[\w.-]+\s+)?"
                                 r"(?:version|release)s?\b", re.IGNORECASE)
RELEASE_NOTE_REACH = 2   # sentences either side of a chosen one where its release note is looked for


def _release_noted_nearby(question: str, top: Sequence[ScoredSentence], chosen: Sequence[ScoredSentence],
                          passages: Sequence[Passage]) -> list[ScoredSentence]:
    """For a question asking which release brought something, the documentation generator's note of it ("New in
    version 1.0.0.", "New in 1.8") within RELEASE_NOTE_REACH sentences of a sentence chosen on its score, when no
    chosen sentence gives a release: the note sits beside the feature's description, above or below it."""
    if not _ASKS_WHICH_RELEASE.search(question) or any(states_version(s.text, question) for s in chosen):
        return []
    by_n = {p.n: p for p in passages}
    for s in top:
        sentences = split_sentences(by_n[s.n].text)
        at = next((i for i, span in enumerate(sentences) if span.start == s.start), None)
        if at is None:
            continue
        around = sentences[max(0, at - RELEASE_NOTE_REACH):at] + sentences[at + 1:at + 1 + RELEASE_NOTE_REACH]
        note = next((span for span in around if _VERSION_LABEL.fullmatch(span.text)), None)
        if note is not None:
            return [ScoredSentence(s.n, note.start, note.text, s.score)]
    return []


def _top_passages_heard(chosen: Sequence[ScoredSentence], scored: Sequence[ScoredSentence],
                        passages: Sequence[Passage], floor: float) -> list[ScoredSentence]:
    """The best sentence, from floor, of each of the TOP_PASSAGES_HEARD best-ranked passages that gave none: the
    sentences are ranked by their meaning's closeness to the question, while the passages' order also weighs
    BM25's exact terms ("GreenPile", "tracking=True"), which the best sentence of a question asked in other words
    may lack. Offline over the first runs of sets 64-99: key facts 1,643 -> 1,726 of 2,875 for 12% more words
    (the first passage alone: 1,675 for 4%)."""
    extra: list[ScoredSentence] = []
    for passage in passages[:TOP_PASSAGES_HEARD]:
        if any(s.n == passage.n for s in [*chosen, *extra]):
            continue
        best = next((s for s in scored if s.n == passage.n and s.base >= floor), None)
        if best is not None:
            extra.append(best)
    return extra


def _other_parts(question: str, chosen: Sequence[ScoredSentence], scored: Sequence[ScoredSentence],
                 floor: float) -> list[ScoredSentence]:
    """For a question in parts joined by "and" or "or" ("... on Unix and on Windows?"), the best sentence on
    each part the chosen sentences leave out, from floor: they were chosen on the words the parts share."""
    extra: list[ScoredSentence] = []
    taken = {(s.n, s.start) for s in chosen}
    for part in _joined_parts(question):
        said = [s.text for s in [*chosen, *extra]]
        if any(_names(text, part) for text in said):
            continue
        found = next((s for s in scored if s.base >= floor and (s.n, s.start) not in taken and _names(s.text, part)),
                     None)
        if found is not None:
            extra.append(found)
            taken.add((found.n, found.start))
    return extra


def _second_question(question: str, chosen: Sequence[ScoredSentence], passages: Sequence[Passage],
                     embedder: TextEmbedder, weights: TermWeights | None, floor: float) -> list[ScoredSentence]:
    """"Which TCP port does it use, and what was the old port number?": the sentence that best answers the
    question after ", and", scored on its own words, when the chosen ones (scored on the whole) leave it out."""
    match = _SECOND_QUESTION.search(question)
    if match is None:
        return []
    best = next(iter(score_sentences(question[match.start(1):], passages, embedder, weights)), None)
    if best is None or best.base < floor or any((s.n, s.start) == (best.n, best.start) for s in chosen):
        return []
    return [best]


def _joined_parts(question: str) -> list[str]:
    """The anchors of a question that stand just before and just after "and" or "or", each on one side only:
    "Unix" and "Windows" in "on Unix and on Windows", "MinGW", "Makefiles", "Visual" and "Studio" in "for the
    MinGW Makefiles generator, and which for Visual Studio"."""
    anchors = anchor_terms(question)
    parts = []
    for match in _JOINED.finditer(question):
        before, after = question[:match.start()], question[match.end():]
        first = [a for a in anchors if _names(before[-_PART_REACH:], a) and not _names(after, a)]
        second = [a for a in anchors if _names(after[:_PART_REACH], a) and not _names(before, a)]
        if first and second:
            parts += first + second
    return list(dict.fromkeys(parts))


def _names(text: str, anchor: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(anchor)}(?![\w-])", text, re.IGNORECASE) is not None


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


def _leaned_on(text: str) -> bool:
    """A whole sentence, or the term a definition list defines ("linux-manual-version", then "This package
    contains ..."); not a heading or a caption left in the text ("Abstract")."""
    return bool(_FULL_SENTENCE.search(text) or _TERM.match(text))


def _is_shown_command(text: str) -> bool:
    """A line of code or a command between sentences ("vim -M file", ":set nomodeline"): no sentence's end; or a
    line typed at Python's prompt, whatever it ends with ('>>> for frame in tags.getall("TXXX"):')."""
    return (len(text.split()) <= MAX_ITEM_WORDS and not _FULL_SENTENCE.search(text) and not text.endswith(":")) \
        or _typed_at_prompt(text)


def _typed_before_output(text: str, sentences: Sequence[SentenceSpan], start: int) -> list[SentenceSpan]:
    """The lines typed at Python's prompt that print the output line starting at `start` (">>> future =
    present.shift(hours=2)", ">>> future.humanize(present)", then "'in 2 hours'"): the statement back to its
    first ">>> " line; [] when the line is no output of the session above it."""
    at = next((k for k, span in enumerate(sentences) if span.start == start), None)
    if at is None or _typed_at_prompt(sentences[at].text) or sentences[at].text.startswith("..."):
        return []
    typed: list[SentenceSpan] = []
    below = sentences[at]
    for span in reversed(sentences[:at]):
        gap = text[span.end:below.start]
        if "\n" not in gap or "\n\n" in gap:
            break   # the session's lines follow each other, one per line
        if not (_typed_at_prompt(span.text) or span.text.startswith("...")):
            break   # output above: the first line of the output is the one its statement answers for
        typed.insert(0, span)
        below = span
        if _typed_at_prompt(span.text):
            break
    return typed if typed and _typed_at_prompt(typed[0].text) else []


def _typed_at_prompt(text: str) -> bool:
    """A line typed at Python's prompt: code, whatever words of prose its names and strings make."""
    return text.startswith(">>> ")


def _bulleted_items(text: str, sentences: Sequence[SentenceSpan], at: int) -> list[SentenceSpan]:
    """The sentences of the bulleted or numbered items right after sentence `at` ("This is the procedure:", then
    "- Open the file.", "- Go to File > Import ... Make sure ..."; "These are:", then "1. Everything ...", "2.
    ..."), however long each item is; [] when no item follows. The list ends at the first paragraph that is no
    item."""
    items: list[SentenceSpan] = []
    end = sentences[at].end
    for span in sentences[at + 1:]:
        before = text[text.rfind("\n", 0, span.start) + 1:span.start].lstrip()
        opens_item = BULLET.fullmatch(before) is not None or \
            (before == "" and NUMBERED_ITEM.match(span.text) is not None)
        if not opens_item and (not items or "\n\n" in text[end:span.start]):
            break
        items.append(span)
        end = span.end
        if len(items) == MAX_LIST_ITEMS:
            break
    return items


def _items_after(text: str, sentences: Sequence[SentenceSpan], at: int, with_code: bool = True) -> list[SentenceSpan]:
    """What a sentence ending in ":" leads into: its bulleted or numbered items, else the short sentences
    after it ("... irssi uses the following algorithm:", then "if `recode_autodetect_utf8' is 'ON' ..."), up to
    a line of code unless with_code."""
    return _bulleted_items(text, sentences, at) or list(itertools.takewhile(
        lambda span: _is_list_item(span) and (with_code or not _is_shown_command(span.text)),
        sentences[at + 1:at + 1 + MAX_LIST_ITEMS]))


def _code_block_after(text: str, sentences: Sequence[SentenceSpan], at: int) -> list[SentenceSpan]:
    """The lines of code in the paragraph after sentence `at`, one per line, up to MAX_LIST_ITEMS; [] when the
    next paragraph is no code."""
    block: list[SentenceSpan] = []
    end = sentences[at].end
    for span in sentences[at + 1:at + 1 + MAX_LIST_ITEMS]:
        gap = text[end:span.start]
        # the block opens the next paragraph and goes on line by line
        in_place = "\n\n" in gap if not block else "\n" in gap and "\n\n" not in gap
        if not in_place or not _is_code(span.text):
            break
        block.append(span)
        end = span.end
    return block


def _is_list_item(span: SentenceSpan) -> bool:
    return len(span.text.split()) <= MAX_ITEM_WORDS and not span.text.endswith(":")


def extract_answer(question: str, passages: Sequence[Passage], embedder: TextEmbedder,
                   min_similarity: float, weights: TermWeights | None = None,
                   focus: str | None = None, lead_ins: Sequence[str] = (),
                   titles: Sequence[str] = (),
                   names_the_collection: Callable[[str], bool] | None = None) -> tuple[str, bool, float]:
    """(answer text with [n] markers, refused, best score). Only verbatim sentences; never invents.

    Refuses when no sentence scores min_similarity; when the question names something (a place, an
    organisation, a number) that none of the passages mention, since near-topic questions score high on
    similarity alone; and when a "when", "who" or "how many" question finds no date, name or count in the
    sentences chosen. lead_ins: the text just before each passage (aligned with passages, "" for none);
    titles and names_the_collection: see missing_anchors.
    """
    scored = score_sentences(question, passages, embedder, weights, focus)
    best_base = max((s.base for s in scored), default=0.0)
    # a follow-up's names are its own words: the earlier turn's were checked when it was asked ("How do I let
    # my CMS purge pages?", then "And what do I send to clear the front page?" needs no passage naming a CMS)
    if best_base < min_similarity or missing_anchors(asked_sentence(focus or question), passages, lead_ins,
                                                     titles=titles, names_the_collection=names_the_collection):
        return REFUSAL_SENTENCE, True, best_base
    # the passage's credit orders the sentences; how close to the best one a sentence must be reads their own
    # scores, so that the credit (the same for every sentence of a passage) does not let more of them in
    chosen = [s for s in scored[:MAX_SENTENCES] if s.base >= max(min_similarity, best_base * RELATIVE_CUT)]
    top = list(chosen)
    # a line of code gives no reason: a why-question's answer does not go on into the command shown after it,
    # unless it asks what to do too ("Why did CTRL-A turn 007 into 010, and how do I stop that?")
    asked = focus or question
    shows_commands = "why" not in question_kinds(asked) or bool(_ASKS_HOW_TO.search(asked))
    chosen += _neighbours(chosen, passages, shows_commands=shows_commands)
    read_on = _read_on(chosen[0], chosen, scored, passages, best_base, top, shows_commands) if chosen else []
    chosen += read_on
    if read_on:   # the sentence read on to brings what it leads to ("You might want to hide it.", "To do so, ...")
        chosen += _neighbours(read_on, passages, shows_commands=shows_commands, taken=chosen)
    chosen += _read_back(chosen[0], chosen, scored, passages, best_base) if chosen else []
    chosen += _top_passages_heard(chosen, scored, passages, max(min_similarity, best_base * PART_CUT))
    chosen += _default_given_beside(asked, top, chosen, passages)
    chosen += _release_noted_nearby(asked, top, chosen, passages)
    chosen += _other_parts(asked, chosen, scored, max(min_similarity, best_base * PART_CUT))
    if asks_for_default(asked) and not any(gives_default_value(s.text) for s in chosen):
        # the default may sit in the paragraph of a sentence just below the cut ("remember=N: The last N
        # passwords ... are saved in ... The default is 10."): the first one found
        near = [s for s in scored if s.base >= max(min_similarity, best_base * PART_CUT)]
        chosen += _default_given_beside(asked, near, chosen, passages)[:1]
    chosen += _second_question(asked, chosen, passages, embedder, weights, min_similarity)
    if lacks_asked_kind(question, chosen, passages, lead_ins, focus, names_the_collection):
        return REFUSAL_SENTENCE, True, best_base
    chosen.sort(key=lambda s: (s.n, s.start))    # reading order: by passage rank, then position
    # a sentence two passages share (one brought its lead-in along from the chunk the other is) is said once;
    # a line a passage itself repeats (a command typed twice in a transcript) stays
    first_in: dict[str, int] = {}
    chosen = [s for s in chosen if first_in.setdefault(" ".join(s.text.split()), s.n) == s.n]
    return " ".join(f"{s.text} [{s.n}]" for s in chosen), False, best_base
