"""What kind of thing a question asks for (a name, a date, a count, a cause), and whether a sentence holds it.

Used twice by extractive answers: a sentence holding what is asked gets a little credit when sentences are
ranked, and a "how many" or "when" question whose chosen sentences hold no count or no date is not answered
with them (a near-topic question otherwise gets the right passage's wrong number: a year for a vote count).
"""
from __future__ import annotations

import itertools
import re

from bot.base.records import RECORD_AUTHORS, RECORD_DATE, RECORD_PUBLISHER
from bot.base.text import english_stemmer
from bot.sentences import STOPWORDS

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"
_NAME_IN_TEXT = re.compile(r"\b[A-Z][a-zà-ÿ'-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-zà-ÿ'-]+)+")
_YEAR_OR_DATE = re.compile(rf"\b{_YEAR_DIGITS}s?\b|"
                           r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
                           rf"\b{_MONTH}(?!\w)")
# spans that hold numbers but are not counts: dates and date ranges ("24 to 30 July 2011"), clock times
_DAY = r"\d{1,2}(?!\d)(?:st|nd|rd|th)?"
_DATE_SPAN = re.compile(rf"\b(?:{_DAY}\s*(?:to|until|and|-|\u2013)\s*)?{_DAY}(?:\s+of)?\s+{_MONTH},?(?:\s+\d{{4}})?|"
                        rf"\b{_MONTH}\s+{_DAY}(?:\s*(?:to|until|and|-|\u2013)\s*(?:{_MONTH}\s+)?{_DAY})?(?:,?\s+\d{{4}})?|"
                        rf"\b{_MONTH},?\s+\d{{4}}|"
                        r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b")
# a number, or a range of whole numbers ("60-72 characters"), not part of a date, version, path or identifier
# a number, alone or with its unit written against it ("256kiB", "500MB", "20ms")
_DIGITS = re.compile(r"(?<![\w./:-])(?:\d+[-\u2013]\d+|\d+(?:[.,]\d+)*)"
                     r"(?:(?=[kKmMgGtTpP]i?[bB]\b|ms\b|[kKmMgG]Hz\b|px\b)|(?![\w/:-]|[.,]\d))")
# "one" as a pronoun ("As root one needs to run kinit") counts nothing
_NUMBER_WORD = re.compile(r"\b(?:(?<!no )(?<!any)one(?! of\b)(?!\s+(?:needs|must|can|could|should|may|might|would|will|"
                          r"wants|has to)\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|"
                          r"nine)ty|dozens?|hundreds?|thousands?|millions?|billions?|half|twice|double|triple|"
                          r"percent)\b|%", re.I)
_SCALE = re.compile(r"\s*(?:million|billion|thousand|percent|per cent|%)", re.I)
_COUNTED = re.compile(r"\s+[a-z]+s\b")         # "1500 packages", "301 attendees": the number counts something
_AFTER_NAME = re.compile(r"\b[A-Z][\w-]*\s+$")  # "Toy Story 2", "Debian 8": a number in a name
_CAUSE = re.compile(r"\b(?:because|due to|since|so that|in order to|as a result|thanks to|owing to|led to|"
                    r"caused?|reasons?|therefore|thus|why)\b", re.I)
# "when" asks for a time about an event ("When was it released?", "When will it freeze?"); in the present
# tense it mostly asks for a condition ("When is debug information needed?"), which no date answers, and so
# does the asker's own choice ("When would I want to turn it off?")
_ROLE = re.compile(r"\b(?:team|maintainers?|developers?|users?|administrators?|authors?|people|persons?|members?|"
                   r"groups?|compan(?:y|ies)|organi[sz]ations?|committees?|foundations?|communit(?:y|ies)|leaders?|"
                   r"volunteers?|contributors?|vendors?|manufacturers?|founders?|creators?)\b", re.I)
_DURATION = re.compile(r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|few|many|"
                       r"\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", re.I)
# "how many binary CDs": the thing counted, which the answer's number must count
_HOW_MANY_WHAT = re.compile(r"\bhow many\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", re.I)
COUNTED_WITHIN = 3          # content words after a number, one of them what it counts ("four of the project's main
                            # Web servers")
_PEOPLE = {"people", "persons"}   # counted by any role: "60 developers", "301 attendees"
_ATTENDING = re.compile(r"attendees?|participants?|visitors?", re.I)
# where the question word may stand: at the start, after a short opening phrase ("By default, how many ..."),
# or after the sentences that set the question up ("... it raises UnboundLocalError. Why?")
def _lead(reach: int) -> str:
    """Where a question word may stand: at the start, after an opening phrase of up to reach characters and its
    comma, or after the sentences that set the question up, or the colon that ends them ("Our legal team needs
    to know: what license ...")."""
    return rf"(?:^|[.!:]\s+)\s*(?:[^,?]{{1,{reach}}},\s*)?"


_LEAD = _lead(30)
_HOW_LONG = re.compile(_LEAD + r"(?:for )?how long\b", re.I)
_WHEN = re.compile(_LEAD + r"(?:when\s+(?:was|were|did|had|has|have|(?P<future>will|would))\b"
                   r"(?(future)(?!\s+(?:i|we|you|one)\s+(?:ever\s+)?(?:want|need|use|choose|prefer|pick|bother)\b))|"
                   r"(?:in |on )?(?:what|which) (?:year|date|month|day)\b)", re.I)
_HOW_OFTEN = re.compile(_LEAD + r"how (?:often|frequently)\b", re.I)
# "Which version ...", "What's the minimum OpenSSL version ..."
_WHICH_VERSION = re.compile(_LEAD + r"(?:in |from |since |with |as of )?(?:which|what)"
                            r"(?: |(?:'s|\u2019s|\s+is|\s+was)\s+the\s+(?:minimum|maximum|oldest|earliest|latest|"
                            r"newest|first|last|required|lowest|highest)\s+)(?:[\w.-]+ )?(?:version|release)s?\b", re.I)
# "What compression level ...", "What is the maximum length of ...", "Which exit code ...": a setting or a
# measure that a number answers (not "which port", which in Debian is an architecture as often as a number,
# nor "what value", which a word answers as often: "The default value of AllowOverride is None")
_AMOUNT = re.compile(_LEAD + r"(?:what|which)\s+(?!(?:does|do|did|can|could|should|will|would|has|have|had|must|"
                     r"may|might)\b)(?:is|are|was|were)?\s*(?:the\s+)?(?:default\s+|maximum\s+|"
                     r"minimum\s+|largest\s+|smallest\s+)?(?:[\w-]+\s+)?(?:level|code|length|size|limit|"
                     r"timeout|percentage|amount)s?\b", re.I)
# "Under which license is it distributed?": a licence named ("the GPL", "MIT License", "public domain"); pages on
# the same project that name none answered such questions with whatever sentence scored best
_WHICH_LICENSE = re.compile(_LEAD + r"(?:under\s+)?(?:which|what)\s+(?:[\w-]+\s+){0,2}licen[cs]es?\b", re.I)
_LICENSE_WORD = re.compile(r"\blicen[cs]|\bpublic domain\b|\bcreative commons\b|\bcopyleft\b", re.I)
_LICENSE_NAME = re.compile(r"\b(?:[LA]?GPL|MIT|BSD|MPL|EUPL|ISC|Apache|Artistic|CC[- ]BY|CC0)\b")
# "Which exception does it raise ...?", "what is the name of the exception class raised ...": an exception's name
# ("VerifyMismatchError", "greenlet.error"); not "what error message" or "which error page", which words answer
_WHICH_EXCEPTION = re.compile(_LEAD + r"(?:which|what)\s+(?:(?:is|was|'s)\s+the\s+name\s+of\s+the\s+|"
                              r"(?:kind|type|sort)\s+of\s+)?(?:[\w-]+\s+)?(?:exceptions?(?:\s+(?:class|type)"
                              r"(?:es|s)?)?|errors?\s+(?:class|type)(?:es|s)?)\s+(?:is|are|was|will|would|do|does|did|"
                              r"gets?|raised|thrown|can|may|might|should)\b", re.I)
_EXCEPTION_NAME = re.compile(r"\b[A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt|Failure)\b|\b[a-z_]\w*\.error\b")
_KIND = {"who": re.compile(_LEAD + r"(?:who|whom|whose)\b", re.I),
         "when": _WHEN,
         "how_many": re.compile(_LEAD + r"(?:in |for |by )?how (?:many|much|long|old|big|large)\b", re.I),
         "how_often": _HOW_OFTEN,
         "version": _WHICH_VERSION,
         "amount": _AMOUNT,
         "why": re.compile(_LEAD + r"(?:why|for what reason|what (?:caused|led to|made))\b", re.I),
         "can": re.compile(_LEAD + r"(?:can|could|may) (?:i|we|you|one)\b", re.I),
         "license": _WHICH_LICENSE,
         "exception": _WHICH_EXCEPTION}
# a reply to "Can I ...?": "Starting in Python 3.8, you can!", "Yes, ...", "It is not possible to ..."
_REPLY = re.compile(r"^(?:yes|no)\b|\b(?:you|one|we) (?:can(?:not|'t|\u2019t)?|could|may)\b|\b(?:im)?possible\b",
                    re.I)
# the kinds whose answer must hold what they ask for ("how long": a count or a span of time, "a month",
# "30 characters"; "how often": a frequency, "every release", "hourly"; "which version": a version number or
# a release's name beside its number); "how old" and the rest can be answered in words, and why answers are
# too varied to require a cause
_MUST_HOLD = {"when": _WHEN, "who": re.compile(_LEAD + r"(?:who|whom)\b", re.I),
              "how_many": re.compile(_LEAD + r"(?:in |for |by )?how (?:many|much|long)\b", re.I),
              "how_often": _HOW_OFTEN, "version": _WHICH_VERSION, "amount": _AMOUNT, "license": _WHICH_LICENSE,
              "exception": _WHICH_EXCEPTION}
_FREQUENCY = re.compile(r"\b(?:every|each|once|twice|thrice|daily|weekly|monthly|hourly|nightly|yearly|annually|"
                        r"per|times|always|whenever|regularly|periodically|continuously|constantly)\b", re.I)
# "2.6.31-1", "version 3", "Debian 8", "10 (buster)", "Git 2.23"
_VERSION = re.compile(r"\b\d+(?:\.\d+)+(?:[-~+][\w.~+]*)?|\b(?:version|release|v)\s*\d+\b|"
                      r"\b[A-Z][\w-]*\s+\d+(?:\.\d+)*\b|\b\d+(?:\.\d+)*\s+\([A-Za-z]+\)", re.I)
_VERSION_WORDS = ("version", "release", "v")
_NAMED_NUMBER = re.compile(r"([A-Za-z][\w-]*)\s+\d+(?:\.\d+)*")   # "Debian 8": whose number it is
# "which Kea release", "what Python version": the program whose version is asked for
_VERSION_OF = re.compile(r"\b(?:which|what)\s+([A-Z][\w-]*)\s+(?:version|release)s?\b")


def _new_matches(pattern: re.Pattern, sentence: str, question: str) -> bool:
    """The sentence holds something of the pattern that the question does not already say."""
    asked = {m.group(0).lower() for m in pattern.finditer(question)}
    return any(m.group(0).lower() not in asked for m in pattern.finditer(sentence))


def is_year(token: str) -> bool:
    """A four-digit number read as a year (1500-2099)."""
    return re.fullmatch(_YEAR_DIGITS, token) is not None


def states_count(sentence: str, question: str = "") -> bool:
    """The sentence gives a count or an amount the question does not: a number that is not a date, a year, a
    clock time, a version ("2.0") or part of a name ("Debian 8"), or a number word ("several dozen")."""
    asked = {m.group(0) for m in _DIGITS.finditer(question)}
    text = _DATE_SPAN.sub(" ", sentence)
    for m in _DIGITS.finditer(text):
        token, after = m.group(0), text[m.end():]
        if token in asked:
            continue
        scaled = bool(_SCALE.match(after))
        counted = bool(_COUNTED.match(after))
        if is_year(token) and not scaled and not counted:
            continue
        if _AFTER_NAME.search(text[:m.start()]) and not counted:
            continue
        if "." in token and not scaled:   # a version or a section number
            continue
        return True
    asked_words = {m.group(0).lower() for m in _NUMBER_WORD.finditer(question)}
    return any(m.group(0).lower() not in asked_words for m in _NUMBER_WORD.finditer(text))


_IN_BRACKETS_AFTER = re.compile(r"\w\s*\((?:[a-z]+\s+){0,2}$", re.IGNORECASE)   # "messages (usually " before a number


def counts_what_is_asked(sentence: str, question: str) -> bool:
    """A "how many X" question's answer: a number the question does not give, with X (or the word after it)
    among the next few words ("How many binary CDs?" / "over 20 binary CDs"). A number of something else
    ("60 GiB" for "How much RAM", "one main difference" for "How many minutes") answers nothing. Other
    questions: any count (states_count). A question in two parts ("How many X ..., and how many Y ...?") is
    answered by a count of either."""
    asked = list(_HOW_MANY_WHAT.finditer(question))
    if not asked:
        return states_count(sentence, question)
    stem = english_stemmer().stemWord
    # the words up to the verb: "How many Debian web servers were ..." counts servers
    words = [word for part in asked
             for word in itertools.takewhile(lambda w: w.lower() not in STOPWORDS, part.group(1).split())]
    counted = {stem(w.lower()) for w in words}
    people = bool(_PEOPLE & {w.lower() for w in words})
    if not states_count(sentence, question):
        return False
    if not counted:
        return True
    given = {m.group(0).lower() for m in _DIGITS.finditer(question)}
    text = _DATE_SPAN.sub(" ", sentence)
    for m in [*_DIGITS.finditer(text), *_NUMBER_WORD.finditer(text)]:
        if m.group(0).lower() in given:
            continue
        following = [w for w in re.findall(r"[A-Za-z][\w-]+", text[m.end():])
                     if w.lower() not in STOPWORDS][:COUNTED_WITHIN]
        if counted & {stem(w.lower()) for w in following}:
            return True
        if _IN_BRACKETS_AFTER.search(text[:m.start()]):   # "recently viewed messages (usually 10)"
            preceding = [w for w in re.findall(r"[A-Za-z][\w-]+", text[:m.start()])
                         if w.lower() not in STOPWORDS][-COUNTED_WITHIN:]
            if counted & {stem(w.lower()) for w in preceding}:
                return True
        if people and any(_ROLE.fullmatch(w) or _ATTENDING.fullmatch(w) for w in following):
            return True
    return False


def states_date(sentence: str, question: str = "") -> bool:
    """The sentence gives a year, a date or a month the question does not."""
    return _new_matches(_YEAR_OR_DATE, sentence, question)


def states_duration(sentence: str) -> bool:
    """The sentence gives a span of time ("within a month", "two weeks", "for several years")."""
    return _DURATION.search(sentence) is not None


def states_who(sentence: str, question: str = "") -> bool:
    """The sentence names someone the question does not: a name of two capitalised words or more, or a
    person or a body by role ("the kernel team", "package maintainers")."""
    return _new_matches(_NAME_IN_TEXT, sentence, question) or _new_matches(_ROLE, sentence, question)


def states_frequency(sentence: str) -> bool:
    """The sentence says how often ("every half second", "once an hour", "daily")."""
    return _FREQUENCY.search(sentence) is not None


def states_version(sentence: str, question: str = "") -> bool:
    """The sentence gives a version or a numbered release the question does not ("0.8.13", "Debian 8"). When
    the question names whose release it asks for ("In which Kea release ..."), a name and a number count only
    as that one's ("Kea 2.0"; "MIT Kerberos 5" is another program's)."""
    asked = {m.group(0).lower() for m in _VERSION.finditer(question)}
    product = _VERSION_OF.search(question)
    for m in _VERSION.finditer(sentence):
        if m.group(0).lower() in asked or sentence[max(0, m.start() - 1):m.start()] == "-":
            continue   # asked already, or an option's value ("gunicorn -w 4"): no release
        named = _NAMED_NUMBER.fullmatch(m.group(0))
        named = named if named and named.group(1)[0].isupper() else None
        if named and product and named.group(1).lower() not in (product.group(1).lower(), *_VERSION_WORDS):
            continue
        return True
    return False


def states_license(sentence: str) -> bool:
    """The sentence names a licence or speaks of licensing ("released under the GPL", "MIT License")."""
    return bool(_LICENSE_WORD.search(sentence) or _LICENSE_NAME.search(sentence))


KIND_CUES = {"who": states_who,
             "when": states_date,
             # "how long" is answered by a span of time as often as by a number
             "how_many": lambda s, q: counts_what_is_asked(s, q) or bool(_HOW_LONG.search(q)) and states_duration(s),
             # "defaults to 30 minutes", "rotated in a 15 seconds interval": a span between repeats
             "how_often": lambda s, q: states_frequency(s) or states_duration(s),
             "version": states_version,
             "amount": states_count,
             "why": lambda s, q: bool(_CAUSE.search(s)),
             "can": lambda s, q: bool(_REPLY.search(s)),
             "license": lambda s, q: states_license(s),
             "exception": lambda s, q: bool(_EXCEPTION_NAME.search(s))}


def question_kinds(question: str) -> list[str]:
    """What the question asks for: who, when, how_many, how_often, version, amount (a setting or measure:
    a number), why, can (whether one can: a reply), license (which licence), exception (which one is raised);
    none for other what/which/how questions."""
    return [kind for kind, pattern in _KIND.items() if pattern.search(question)]


# what an essay's record says (its title, authors, date, publisher, file): a question about the essays
# themselves, not about what they say
_ABOUT_THE_ESSAYS = re.compile(r"\b(?:essays?|pages?|documents?|documentation|articles?|chapters?|guides?|"
                               r"manuals?|handbooks?|books?|papers?|specifications?|readmes?|faqs?|howtos?|"
                               r"tutorials?|notes|collection|titled?|called|named|authors?|wr[io]tes?|written|"
                               r"writing|published|publisher|dated?)\b", re.I)


def asks_about_the_essays(question: str) -> bool:
    """Whether an essay's record may answer the question: who wrote what, when, what it is called, which
    essay says something. Other questions are about what the essays say, which no record holds."""
    if _ASKS_AUDIENCE.search(question):   # whom it is for: its text says so, its record does not
        return False
    kinds = question_kinds(question)
    return "who" in kinds or "when" in kinds or bool(_ABOUT_THE_ESSAYS.search(question))


_ASKS_AUDIENCE = re.compile(r"\bwho\b[^?]{0,60}?\b(?:written|meant|intended|aimed|made)\s+(?:for|at)\b|\bfor whom\b",
                            re.I)


# the essay itself as what a question is about: "this manual", "the socket programming HOWTO", "these pages"
_ESSAY_WORDS = (r"(?:essays?|pages?|documents?|documentation|articles?|chapters?|guides?|manuals?|handbooks?|books?|"
                r"papers?|readmes?|faqs?|howtos?|tutorials?)")
_AN_ESSAY = re.compile(r"\b" + _ESSAY_WORDS + r"\b", re.I)
# "Who is the HOWTO written for?" asks for its readers, which the text states, not for its authors
_ASKS_AUTHOR = re.compile(r"\bwho\b[^?]{0,40}?\b(?:wrote|writes|authored|written)\b(?!\s+(?:for|to)\b)|\bauthors?\b",
                          re.I)
_ASKS_PUBLISHER = re.compile(r"\bwho\b[^?]{0,40}?\bpublish(?:ed|es)\b|\bpublisher\b", re.I)
# the essay's own date: "When was the HOWTO written?", "What date does this page carry?"; not "what date does it give
# for that version?", nor "When was Debian 3.1 released?", which the text answers
_ASKS_DATE = re.compile(r"\bwhen (?:was|were|is|are) (?:this|that|these|those|the|it)\b[^?]{0,40}?\b(?:written|"
                        r"published|dated|updated|issued)\b|\b(?:what|which) date does (?:it|(?:this|that|the)\s+"
                        r"(?:[\w'-]+\s+){0,3}?" + _ESSAY_WORDS + r")\s+(?:carry|bear|have|show)\b", re.I)


def record_field_asked(question: str) -> str | None:
    """How an essay's record states what the question asks of the essay itself (bot.base.records: "was written
    by" for "Who wrote this manual?", "is dated" for "When was the HOWTO published?"); None when the question
    names no essay ("Who wrote the earliest packaging tool?" asks what an essay says)."""
    if not _AN_ESSAY.search(question):
        return None
    for pattern, field in ((_ASKS_PUBLISHER, RECORD_PUBLISHER), (_ASKS_AUTHOR, RECORD_AUTHORS),
                           (_ASKS_DATE, RECORD_DATE)):
        if pattern.search(question):
            return field
    return None


# "What is the default port?", "Which compression does it use by default?": asks what holds when nothing is
# set. Not "How do I make it the default?", nor "in the default setup" (a default that sets the scene).
# the question word may come after the situation the default is asked for ("If I create a ufloat without giving a
# tag, what value ...")
_ASKS_WHAT = re.compile(_lead(80) + r"(?:what|which|where|how (?:many|much|long|old|often|big|large|wide|deep|far|"
                        r"high|fast))\b", re.I)
_DEFAULT_WORD = re.compile(r"\bdefaults?\b", re.I)
# what holds when a field is left as it is: "If you leave this open the maximum is set to 256kiB", "If left blank,
# the data will be stored in a temporary file"
_LEFT_OPEN = (r"\bif (?:you |one |we )?leave (?:[\w-]+ ){0,3}(?:open|empty|blank|unset|out)\b|"
              r"\bif left (?:open|empty|blank|unset)\b")
_GIVES_DEFAULT = re.compile(r"\bdefaults?\s*(?:to|is|was|are|=|:)|\bby default\b|\(default\b|"
                           r"\bthe default (?:value |setting )?(?:is|was)\b|,\s+default\s+[\w\"'\u2018\u201c]|"
                           + _LEFT_OPEN, re.I)
_SETS_THE_SCENE = {"in", "on", "with", "for", "from", "under"}
_LEFT_UNSET = re.compile(r"\bif (?:i|we|you|one) (?:(?:don't|do not|never|didn't|did not) (?:set|specify|configure|"
                         r"give|name|pass|provide|include|define|choose)|leave (?:[\w-]+ ){0,3}(?:out|unset|empty)|"
                         r"omit)\b|\bwithout (?:setting|specifying|configuring|giving|naming)\b|"
                         # "when CMAKE_BUILD_TYPE is not set at all"
                         r"\b(?:when|if)\s+(?:[\w.$-]+\s+){1,4}(?:is|are)\s+(?:not|never)\s+(?:set|specified|given|"
                         r"configured|defined|provided)\b", re.I)
_STATES_DEFAULT = re.compile(r"\bdefault|\bunless\b|\botherwise\b|\bif (?:no|none|nothing|not)\b|"
                             r"\b(?:is|are) not (?:set|specified|given|configured|provided)\b|"
                             r"\b(?:if|is|are) omitted\b|"
                             r"\bout of the box\b|\binitially\b|" + _LEFT_OPEN, re.I)


def asks_for_default(question: str) -> bool:
    """The question asks what a default is (its value, place, choice), so an answer must say it is one: by
    the word, or by what holds when the user sets nothing ("What lifetime ... if I leave the parameter out?")."""
    def scene(before: list[str]) -> bool:   # "in the default setup"; not "... install from by default?"
        return bool(_SETS_THE_SCENE & set(before[-2:])) and before[-1:] != ["by"]

    return bool(_ASKS_WHAT.search(question)) and (bool(_LEFT_UNSET.search(question)) or any(
        not scene(question[:m.start()].lower().split()) for m in _DEFAULT_WORD.finditer(question)))


def mentions_default(question: str) -> bool:
    """The question names a default, whatever it asks about it ("Does napoleon include private members by
    default?", "What is the default sidebar width?")."""
    return bool(_DEFAULT_WORD.search(question))


def gives_default_value(text: str) -> bool:
    """The sentence says what the default is ("Defaults to 230 pixels.", "The default is alphabetical."), not
    only that there is one ("False to fall back to Sphinx's default behavior.")."""
    return bool(_GIVES_DEFAULT.search(text))


def states_default(text: str) -> bool:
    """The text says what holds when nothing else is chosen ("by default", "defaults to", "unless ...")."""
    return bool(_STATES_DEFAULT.search(text))


def required_kind(question: str) -> str | None:
    """"when", "who", "how_many", "how_often", "version", "amount", "license" or "exception" when the question is
    one question of that kind, whose answer must hold a date, a name, a count, a frequency, a version, a number, a
    licence or an exception's name; None otherwise
    (several questions at once are answered in part)."""
    if question.count("?") > 1:
        return None
    # "Who is the page written for?" is answered by whom it addresses ("If you are curious why ..., this section
    # is for you"), which need hold no name
    return next((kind for kind, pattern in _MUST_HOLD.items() if pattern.search(question)
                 and not (kind == "who" and _ASKS_AUDIENCE.search(question))), None)
