"""Does a passage say what an answer's sentence says? Rules over the parts that change meaning.

Sharing words is a topic test: "China is not innovating ..." shares every word with "China is innovating
...". So a claim is first matched to its best evidence span in the passage (one sentence or two
neighbours, most of the claim's content words), then compared with that span on what flips or adds
meaning: negation, antonyms, numbers and dates, names, quantifiers, modality, causes, comparisons and who
does what. Each verdict carries its reason and the evidence, verbatim. What the rules cannot see (a
paraphrase in other words, a subtle change of scope) is left as "not stated" or passed; a model can be
asked about those (bot.verify).
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from bot.base.records import Verdict, VerdictStatus
from bot.base.text import MONTHS, english_stemmer
from bot.extractive import PLURAL_ACRONYM, anchor_aliases
from bot.sentences import STOPWORDS, SentenceSpan, is_common_word, is_rare_word, split_sentences
from bot.word_senses import said_otherwise
from ingest.textnorm import find_normalized, normalize_for_match

CAUSE_UNSTATED = 1 / 3     # share of a cause's content words the passage may lack
MIN_SHARED = 0.4          # share of the claim's content words its evidence must hold to count as "about it"
OTHER_SENTENCE_SHARE = 0.6   # share of another sentence's content words that must be the claim's (_denied_elsewhere)
# words that open another condition after "and"/"or", which ends the clause before it
_NEW_CONDITION = {"if", "when", "unless", "whenever", "because", "where"}
_CONDITIONS = {"if", "when", "whenever", "provided"}
_CONDITIONS_OR_UNLESS = _CONDITIONS | {"unless"}
SCOPE_WORDS = 4           # content words after a negation that it is taken to bear on
AGENT_WORDS = 3           # tokens after a passive's "by" read as who does it ("by the system administrator")
ROLE_WINDOW = 6           # tokens either side of a shared verb searched for who does what
_CLAUSE_BREAK = re.compile(r"[,;:.!?)]|\s-+\s")   # a closing bracket or a spaced dash ends a clause too
# a comma before "which" or "who" opens no clause of its own: "LocalStack, which wraps a list"
_CLAUSES = re.compile(r"[;:.!?()]|,(?!\s*(?:which|who|whose)\b)|\s-+\s|\b(?:and|or|but|while|whereas)\b",
                      re.IGNORECASE)
_HYPHENATED = re.compile(r"(?<![\w-])([A-Za-z]{2,})-([A-Za-z]{2,})(?![\w-])")   # "row-major", not "x86-64"
_COMPOUND_WORD = re.compile(r"[a-z0-9]+(?:[-_'][a-z0-9]+)*", re.IGNORECASE)   # "upstream-branch" stays one word
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W\d_]+)?(?:[.,][0-9]+)*")   # letters of any alphabet: "Kuře" is one word
_NEGATIONS = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without", "unable",
              "refuse", "refuses", "refused", "fail", "fails", "failed", "lack", "lacks", "nowhere"}
_DENYING_VERBS = {"fail", "fails", "failed", "refuse", "refuses", "refused"}   # "fails to start": "does not start"
# Words that deny without a "not" ("neglect" for "lack of attention", "should be avoided" for "should not be
# used"): an answer using one may restate a passage's negation, so the rules leave that to the entailment model.
_DENYING_STEMS = {"avoid", "neglect", "absenc", "absent", "miss", "omit", "refrain", "prevent", "forbid", "forbidden",
                  "prohibit", "ban", "discourag", "ignor", "lack", "instead", "rather", "except", "exclud", "hard",
                  "rare", "seldom", "unless", "until", "fail", "abstain", "barr", "none", "differ", "distinct",
                  "leav", "left", "drop", "skip", "unlik", "beyond", "spare"}   # "sparing you any coordination"
# "other than X", "excepting X": not X
_REMAINDER = {"rest", "remaining", "others"}   # "the rest": all the others
_LOSS_NOUNS = {"penalty", "penalties", "hit", "loss", "losses", "cost", "costs", "overhead"}
_COUNTING = {"first", "last", "final", "initial", "next", "previous", "second", "third"}   # "the last hit": no loss
_SETTING_APART = {"than", "except", "excepting", "outside", "besides", "beyond", "excluding", "unlike"}
_MEANS = {"way", "ways", "means", "possibility", "option"}   # "no way to X" denies X
_LATER_CONDITION = {"once", "after"}   # "only ... once X": X comes first
_PREREQUISITE = {"first", "before"}     # "you have to first enable it before you can use it"
# a change or a move "from A to B", each end up to three words after its article ("from the primary to the
# replica KDCs")
_END = r"(?:(?:the|a|an)\s+)?([\w'\u2018\u2019\".:/-]+(?:\s+[\w'\u2018\u2019\".:/-]+){0,2}?)"
_FROM_TO = re.compile(rf"\bfrom\s+{_END}\s+to\s+{_END}(?=[\s,;.:)]|$)", re.IGNORECASE)
_TWO_SIDES = {"either", "and", "or", "neither", "nor"}   # what "both" may restate when the passage counts nothing
_CEASING = {"stop", "ceas", "quit"}   # "stops responding": what follows no longer happens
_PASSING_OVER = {"rather", "instead"}   # of _DENYING_STEMS, those that set one thing aside for another
_NEGATIVE_PREFIXES = ("un", "in", "im", "ir", "il", "dis", "non")
_NOT_LACKING = {"nevertheless", "nonetheless", "regardless", "doubtless"}   # "-less" words that lack nothing
_POINTER_WORDS = {"this", "that", "these", "those"}
_PRONOUN = re.compile(r"\b(?:it|its|they|their|them)\b", re.IGNORECASE)   # a subject said before
# an evidence whose subject is a pronoun: "By default, it reports ...", "If it is running ..."
_OPENS_WITH_PRONOUN = re.compile(r"(?:[A-Z][\w ]{0,30},\s*|(?:if|when|once|since|as|while)\s+)?(?:it|they|its|their)\b",
                                 re.IGNORECASE)
ANTECEDENT_REACH = 3   # sentences back an evidence's "it" may lead
EXCLUSIVE_REACH = 12   # words after a negation that its "besides" or "except" may stand at ("no way ... besides X")
SIGNATURE_REACH = 3    # paragraphs back from the evidence a reference entry's signature may stand
_IDENTIFIER = re.compile(r"[\w.]*\w\(\)|\b\w+_\w+\b")   # "format_filename()", "default_map"
_POINTER = re.compile(r"\b(this|that|these|those)\s+([a-z]{3,})\b", re.IGNORECASE)   # "this backend"
_ADJECTIVE_ENDINGS = ("able", "ible", "al", "ent", "ant", "ive", "ect", "id", "ete", "ular", "ful", "ous")
_ONCE = {"once", "after", "when", "whenever"}   # what holds from a moment on: "not X until Y" is "X once Y"
_ADDITIVE_AFTER_NOT = {"only", "just", "merely", "simply"}   # "not only X but also Y" adds, it does not deny
# "no matter what order": "regardless of"; "no more than one": a bound ("at most one"), which the bound
# rules read
_NOT_DENYING_AFTER = {"no": {"matter", "doubt", "more", "less", "fewer", "later"}, "never": {"mind"},
                      "nothing": {"more", "less", "but"}}   # "nothing more than a password": only a password
# Each quantifier's classes; two words agree when they share one ("everyone" / "all"; "made entirely of" /
# "made solely of").
_QUANTIFIERS = {"all": {"all"}, "every": {"all"}, "each": {"all"}, "everyone": {"all"}, "everything": {"all"},
                "entire": {"all"}, "whole": {"all"}, "always": {"always"}, "only": {"only"}, "alone": {"only"},
                "sole": {"only"}, "solely": {"only"}, "exclusively": {"only"}, "entirely": {"all", "only"},
                "wholly": {"all", "only"}}
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
_WHENEVER = {"when", "whenever"}             # a general "when" is each time it happens ...
_ONCE_ONLY = {"first", "once", "only"}       # ... unless it is said of one time
EVENT_WORDS = 8     # words of the clause after "each time" / "when" that say which event
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
# "no X other than Y", "nothing unless Y", "not ... before Y", "Y but nothing else": "only Y"
_EXCLUSIVE_AFTER_NEGATION = {"other", "except", "besides", "but", "apart", "unless", "until", "before", "else"}
_EXCLUSIVE = {word for word, kinds in _QUANTIFIERS.items() if kinds == {"only"}}
# what follows an everyday verb that opens an instruction ("Leave the flag unset", "Put it after the name")
_WHAT_AN_ORDER_TAKES = {"the", "a", "an", "this", "that", "these", "those", "it", "them", "your", "its", "their",
                        "some", "any", "all", "each", "every", "no", "one"}
_PREPOSITIONS = {"of", "without", "with", "for", "from", "by", "after", "before", "during", "until", "into", "in", "on",
                 "at"}
# words of amount or kind that open a sentence as often as they stand inside one ("Empty lines are ...")
_EVERYDAY_OPENERS = {"plenty", "lots", "empty", "blank", "numerous", "various", "certain", "different", "similar",
                     "special", "particular", "additional", "extra", "further", "specific", "typical", "usual",
                     "normal", "existing", "previous", "recent", "modern", "full", "whole", "entire", "simple",
                     "big", "large", "small", "huge", "tiny", "long", "short", "general", "generic", "common",
                     "ordinary", "basic"}
# a verb's subject in an object relative clause ("tips you can read"): _object_relative
_SUBJECT_PRONOUNS = {"you", "we", "they", "i", "he", "she"}
_MAIN_CLAUSE_SUBJECTS = _SUBJECT_PRONOUNS | {"it", "this", "that", "there"}
_MODAL_WORDS = {"can", "could", "may", "might", "must", "should", "will", "would", "cannot"}
# "Built on Scheme, Script-Fu ...": a participle opening the sentence, as "Based on" does
_IRREGULAR_PARTICIPLES = {"built", "made", "written", "taken", "given", "known", "kept", "left", "held", "found",
                          "brought", "bought", "caught", "taught", "thought", "sent", "spent", "lost", "shown",
                          "seen", "done", "drawn", "driven", "grown", "hidden", "chosen", "broken", "spoken",
                          "stolen", "frozen", "forgotten", "begun", "run", "set", "put", "cut", "read", "split",
                          "shut", "struck", "stuck", "told", "sold", "meant", "understood", "bound", "wound"}
# Words that open sentences without naming anything (the first word of a sentence is capitalised anyway).
_OPENERS = {"besides", "although", "though", "however", "moreover", "also", "yet", "still", "thus", "hence",
            "instead", "overall", "today", "currently", "here", "there", "in", "on", "at", "for", "since", "as",
            "according", "after", "before", "while", "when", "where", "whereas", "unlike", "like", "even", "many",
            "most", "some", "several", "few", "every", "each", "all", "any", "no", "none", "one", "two", "this",
            "these", "those", "such", "its", "their", "our", "your", "his", "her", "it", "they", "we", "you",
            "apart", "aside", "beyond", "despite", "regardless", "given", "together", "often", "sometimes", "then",
            "now", "later", "first", "finally", "next", "once", "whether", "unless", "if", "because", "so",
            "other", "another", "both", "either", "neither", "much", "more", "less", "only", "just", "again",
            "otherwise", "therefore", "meanwhile", "except", "furthermore", "additionally", "similarly", "likewise",
            "rather", "indeed", "perhaps", "usually", "generally", "typically", "always", "never", "upon",
            "within", "without", "through", "during", "under", "over", "above", "below", "between", "among",
            "using", "thanks", "people", "anyone", "someone", "everyone", "nobody", "users", "developers",
            "maintainers", "whichever", "whenever", "wherever", "whatever", "whoever", "nowadays",
            "afterwards", "thereafter", "beforehand", "altogether", "anyway", "elsewhere", "everywhere",
            # sentence adverbs: "Unfortunately LMTP process currently needs to run as root"
            "unfortunately", "fortunately", "luckily", "ideally", "normally", "basically", "essentially",
            "obviously", "clearly", "alternatively", "consequently", "accordingly", "naturally", "notably",
            "specifically", "ultimately", "eventually", "initially", "originally", "previously", "recently",
            "optionally", "preferably", "hopefully", "technically", "practically", "importantly"}
_MAIN_VERBS = {"have", "has", "had"}   # stop words that are often the verb joining who and what
_HEDGES = {"almost", "nearly", "virtually", "practically"}
_TIME_ADVERBS = {"already", "yet", "always", "ever", "even", "still", "currently", "actually", "necessarily"}
_LY_VERBS = {"apply", "reply", "supply", "comply", "multiply", "imply", "rely", "assembly", "family", "anomaly"}
_MOST = {"most", "majority"}                     # "most mail servers" says more than "some mail servers"
_SOME = {"some", "few", "several", "certain"}
_WEAKER_QUANTIFIERS = {"some", "many", "most", "several", "few", "elements", "parts", "certain", "often", "usually"}
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
_ALLOWING_FOR = {"allow", "account", "cover", "compens"}   # "to allow for errors" is "to cover for errors"
_LIGHT_VERBS = {"leav", "make", "keep", "get", "take", "give", "put"}   # "leave it unchanged" = "not change it"
_DENIED_MODALS = {"must": {"prohibition"}, "should": {"prohibition"}, "ought": {"prohibition"},
                  "need": {"possibility"}, "needs": {"possibility"},
                  "required": {"possibility"}, "necessary": {"possibility"}, "may": {"prohibition", "possibility"}}
_VERB_OR_MODAL = {"require", "requires", "need", "needs"}
_HEDGING_MODALS = {"may", "might", "could"}
_HEDGING_ADVERBS = {"probably", "likely", "possibly", "perhaps", "maybe", "presumably", "unlikely", "tend", "tends"}
_HEDGING_FREQUENCY = {"usually", "often", "generally", "typically", "normally", "sometimes", "mostly", "frequently"}
_HEDGED = _HEDGING_ADVERBS | _HEDGING_MODALS | _HEDGING_FREQUENCY | {"can"}   # an answer that hedges in any way
_MODAL_VERBS = frozenset({"must", "should", "may", "might", "can", "could", "shall", "will", "would", "ought"})
_POINTING_BACK = {"this", "these", "that", "those", "it", "they", "such"}   # a sentence's first word
# see through to the verb: "you might want to set up" advises "set up"; "you may choose to turn it off" permits "turn"
_WANT = {"want", "wants", "wish", "wishes", "choose", "chooses", "opt", "opts", "decide", "decides", "like", "likes"}
_PREDICATE_MODALS = {"required", "mandatory", "necessary", "essential", "critical", "compulsory", "important",
                     "recommended", "advisable", "optional", "wise", "sensible"}
_DENIED_PREDICATES = _PREDICATE_MODALS & _DENIED_MODALS.keys()   # "it is not necessary to", "is not required"
_IMPERATIVES = {("make", "sure"): {"obligation", "advice"}, ("be", "sure"): {"obligation", "advice"},
                ("remember", "to"): {"obligation", "advice"}, ("take", "care"): {"obligation", "advice"},
                ("good", "practice"): {"advice"}, ("good", "idea"): {"advice"}, ("best", "practice"): {"advice"},
                ("advisable", "to"): {"advice"}}
_CAUSES = re.compile(r"\b(because( of)?|due to|owing to|as a result of|thanks to|caused by|leads? to|led to|"
                     r"results? in|in order to|so that|the reason (?:being|is|was)(?: that)?|for the reason that)\b|"
                     r"(?<=,) since\b", re.IGNORECASE)
_PURPOSE = re.compile(r"\b(in order to|so that|so as to)\b", re.IGNORECASE)
_CONTROL_KEY = {"control", "ctrl", "ctl"}
_CHORD_PLUS = re.compile(r"(?<=\w)\+(?=\w)")
_CHORDED = re.compile(r"-\w(?!\w)")                       # "-P" after "Control": a key pressed with it
_KEY_CHORD = re.compile(r"(?:control|ctrl|ctl)-(\w)")     # a name's bare form: "control-p" ("ctrl+p" read so)
# a condition set aside: "whether or not the UIDL option is used", "with or without --force"
_WAIVED = re.compile(r"\b(?:whether or not|regardless of whether|regardless of if|disregarding (?:if|whether)|"
                     r"irrespective of whether|with or without|even if|even when|even without)\b", re.IGNORECASE)
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
# ("nothing more than a password" compares nothing: it is "only a password")
_COMPARATIVE = re.compile(r"\b(?<!nothing )(?:(more|less|fewer|better|worse)\b[^.;:]{0,90}?|"
                          r"(?!other\b|rather\b)([a-z]+er)\s+(?:(?!other\b|rather\b)[a-z]+\s+)?|"
                          # a common comparative a few words before its "than" ("faster on Python 3.8+ than")
                          r"(faster|slower|quicker|larger|smaller|bigger|higher|lower|longer|shorter|cheaper|safer|"
                          r"simpler|stronger|weaker|newer|older|greater)\s+(?:[\w.+-]+\s+){1,4}?)than\b",
                          re.IGNORECASE)
# "the more security you need, the more mechanisms": two comparatives that move together or apart
_CORRELATIVE = re.compile(r"\bthe (more|less|fewer|greater|smaller|higher|lower|larger|bigger|longer|shorter|"
                          r"better|worse)\b[^.;:]{1,80}?\bthe (more|less|fewer|greater|smaller|higher|lower|larger|"
                          r"bigger|longer|shorter|better|worse)\b", re.IGNORECASE)
# words ending in -er that compare nothing: "a higher release number than"
_ER_NOUNS = {"number", "order", "user", "server", "parameter", "character", "buffer", "filter", "header", "layer",
             "member", "cluster", "computer", "container", "folder", "register", "letter", "master", "matter", "power",
             "paper", "under", "over", "after", "never", "either", "whether", "per", "ever", "however", "whatever",
             "driver", "handler", "manager", "compiler", "owner", "browser", "reader", "writer", "worker", "peer"}
# what says a limit, as "no longer than the InactiveLimit" does
_LIMITED = re.compile(r"\b(?:limited to|at most|up to|maximum|at the latest|capped at|no more than)\b", re.IGNORECASE)
_OR_COMPARATIVE = re.compile(r"\b(?:same|equal)\s+or\s+(?:an?\s+)?(more|less|fewer|higher|lower|greater|smaller|larger|"
                             r"later|earlier|newer|older|longer|shorter|better|worse)\b", re.IGNORECASE)
_UPWARD = {"more", "greater", "higher", "larger", "bigger", "longer", "better"}
_EXCEEDING_WORDS = {"exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses"}   # "meets or exceeds"
_BESTING = re.compile(r"\b(?:outperform(?:s|ed|ing)?|beats?|beating|outdo(?:es)?|outstrips?|surpass(?:es|ed)?|"
                      r"superior\s+to|inferior\s+to)\b", re.IGNORECASE)
_EXCEEDING = re.compile(r"\b(" + "|".join(sorted(_EXCEEDING_WORDS)) + r")\b", re.IGNORECASE)
# "other than" and "rather than" compare nothing, nor does a word ending in -er before them ("INTEGER rather
# than REAL"); "more secure (from a software point of view) than" does
# a quantity in figures or in words ("31,000", "a hundred", "two dozen", "twelve")
_QUANTITY = (r"(?:[0-9][0-9,]*|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+)?"
             r"(?:hundred|thousand|million|billion|dozen)s?|one|two|three|four|five|six|seven|eight|nine|ten|"
             r"eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b")
_NUMBER_NEXT = re.compile(rf"\s+{_QUANTITY}", re.IGNORECASE)
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
_ONLY_CONDITION = re.compile(r"\bonly\s+(?:when|if|where|whenever)\b([^,;:.]*)", re.IGNORECASE)
_EITHER_CONDITION = re.compile(r"\b(?:if|when|where|whenever)\b([^,;:.]*?)\bor\s+(?:if|when|where|whenever)\b"
                               r"([^,;:.]*)", re.IGNORECASE)   # "if the tag is empty or if none match"
_OPENS_WITH_CONDITION = re.compile(r"\s*(?:if|when|whenever|unless|in case)\b", re.IGNORECASE)
_PREFERRED = re.compile(r"\b(?:rather than|instead of|in preference to)\b", re.IGNORECASE)
_DENIED_EQUATIVE = re.compile(r"(?:\bnot\b|\bnever\b|n't\b)[^.;:]{0,25}?\bas\s+[a-z]+\s+as\b", re.IGNORECASE)
_COMPARISON_WAYS = {"up": {"more", "larger", "greater", "bigger", "higher", "longer", "wider", "heavier", "faster",
                            "quicker", "older", *_EXCEEDING_WORDS},
                    "down": {"less", "fewer", "smaller", "lower", "shorter", "narrower", "lighter", "slower",
                             "newer", "younger"}}
# how many, not which: "several groups" is "multiple groups", not another group named by its modifier ("the QA team")
_HOW_MANY = {"several", "multiple", "many", "numerous", "various", "few", "some", "most", "other", "more", "two",
             "three", "four", "different", "separate", "distinct", "individual"}
# Nouns whose modifier is their name ("the QA team", "for security reasons"); a swapped modifier swaps them.
# Not "project": "the whole project" is "the entire project".
# what names follow: "package mda", "module os", "command ls"
_KINDS_BEFORE_NAMES = {"package", "module", "library", "command", "program", "function", "daemon", "plugin",
                       "extension", "class", "method", "variable", "option", "field", "table", "directory"}
_NAMED_BY_MODIFIER = {"team", "teams", "committee", "committees", "group", "groups", "board", "council",
                      "department", "ministry", "office", "agency", "foundation", "company", "commission",
                      "government", "court", "university", "institute", "party", "reason", "reasons",
                      # a program's parts named by the word before them: "the tracking command", "the pool directive"
                      "command", "commands", "directive", "directives", "builtin", "builtins", "plugin", "plugins",
                      "package", "packages", "flag", "flags"}
# kinds whose modifier names one only when it is no everyday word: "the semweb package" / "the http package",
# not "a basic package system" / "a simple package system"
_NAMED_BY_RARE_MODIFIER = {"package", "packages", "flag", "flags"}
# "keeping the database from treading on its toes": it does not tread
_KEPT_FROM = re.compile(r"\b(?:keep|keeps|keeping|kept|stop|stops|stopping|stopped)\b[^.,;:]{1,60}?"
                        r"\bfrom\s+([a-z]+ing)\b", re.IGNORECASE)
_SUBORDINATORS = {"so", "if", "when", "because", "since", "although", "though", "while", "once", "unless", "whenever",
                  "after", "before", "until", "as"}   # what opens a clause put before the main one
_FRAME_PREPOSITIONS = {"by", "at", "on", "in", "for"}   # "disabled by default", "enabled at startup"
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "your", "his", "her", "my",
                "each", "every", "any", "some", "no"}
_ING_NOUNS = {"nothing", "something", "anything", "everything", "string", "strings", "thing", "things"}
_PASSIVE_AUXILIARIES = {"come", "comes", "came", "get", "gets", "got", "gotten"}   # "comes installed by default"
_BE = {"be", "been", "being", "is", "are", "was", "were", "am"}
_NUMBER_WORDS = {"zero": "0", "one": "1", "once": "1", "single": "1", "two": "2", "twice": "2", "both": "2",
                 "three": "3", "thrice": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                 "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "hundred": "100",
                 "thousand": "1000", "million": "1000000", "billion": "1000000000", "dozen": "12"}
_SCALES = {("hundred",), ("thousand",), ("million",), ("billion",)}
_SHARES = {"half": "50", "quarter": "25"}   # "half of all spam" is a share, told apart from "90% of all spam"
_MULTIPLIED = {"doubling": "2", "doubled": "2", "doubles": "2", "tripling": "3", "tripled": "3", "triples": "3"}
_PARTS = {("a", "subset"), ("a", "part"), ("a", "portion"), ("a", "fraction")}   # not "some": "only some" denies "all"
_OPTION = re.compile(r"(?<![\w-])--?[A-Za-z](?![\w-])")   # "-B", "-b": one letter, told apart by its case
_ARITY = re.compile(r"\w//?\d")   # "put_attr/3", "attribute_goals//1": a name and its arity
_LONG_OPTION = re.compile(r"(?<![\w-])--[A-Za-z][\w-]*[A-Za-z\d]")   # "--disable-nls"
_ANY_OPTION = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*(?<!-)")   # "-C", "--gc", "--disable-nls"
_REVERSING = {"reverse", "reversed", "inverse", "inverted", "opposite", "backward", "backwards"}
_ONE_AS_PRONOUN_AFTER = {"which", "the", "this", "that", "each", "every", "no", "any", "some", "a", "another",
                         "only", "such", "new", "old", "right", "wrong", "last", "first", "next", "latter"}
# "one benefit of this approach is ...", "one reason is ...": one of several, whose number it leaves open
_ONE_OF_SEVERAL = {(word,) for word in ("benefit", "advantage", "disadvantage", "drawback", "reason", "way",
                                         "example", "feature", "consequence", "purpose", "aspect", "goal", "use")}
_TIME_UNITS = {"day", "days", "daily", "week", "weeks", "weekly", "month", "months", "monthly", "year", "years",
               "yearly", "annually", "hour", "hours", "hourly", "minute", "minutes", "decade", "decades"}
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
# relations that hold both ways: "the URL is matched against your rules" is "your rules are matched against
# the URL"; who stands on which side of them changes nothing
_SYMMETRIC = {"match": {"against", "with"}, "compar": {"with", "to", "against"}, "pair": {"with"},
              "conflict": {"with"}, "collid": {"with"}, "overlap": {"with"}, "intersect": {"with"},
              "correspond": {"with"}}


_MONTH_ABBREVIATIONS = {month[:3]: month for month in MONTHS if month != "may"} | {"sept": "september"}


@dataclass(frozen=True)
class _Text:
    """A text as tokens (lowercase), with content stems and where each token sits."""

    raw: str
    tokens: tuple[str, ...]
    stems: tuple[str, ...]
    breaks: frozenset[int] = frozenset()   # tokens followed by a comma, colon, semicolon or full stop
    written: tuple[str, ...] = ()          # the tokens as written: capitals kept, an option's dash ("-i")
    options: frozenset[int] = frozenset()  # tokens written as a command-line option ("-i")
    hyphened: frozenset[int] = frozenset() # tokens joined to the one before by a hyphen ("only" of "read-only")

    @cached_property
    def content(self) -> frozenset[str]:
        """The stems of its content words (read once: most checks ask for them)."""
        return frozenset(s for i, (t, s) in enumerate(zip(self.tokens, self.stems))
                         if _is_content(t) and not (t == "one" and _pronoun_one(self.tokens, i)))

    def clause_after(self, at: int) -> range:
        """Positions after `at` up to the end of its clause ("not officially supported, supporting it" stops
        at the comma; "if they are not already set and if the method is safe" at the second condition)."""
        end = next((i + 1 for i in range(at, len(self.tokens)) if i in self.breaks or (
            i + 2 < len(self.tokens) and self.tokens[i + 1] in ("and", "or") and self.tokens[i + 2] in _NEW_CONDITION)),
            len(self.tokens))
        return range(at + 1, end)

    def clause_before(self, at: int, reach: int) -> range:
        """Positions before `at` back to the start of its clause, at most `reach` of them."""
        start = at
        while start > 0 and start - 1 not in self.breaks and at - start < reach:
            start -= 1
        return range(start, at)


# British spelling read as American for the stems, on both sides alike: "initialises" is "initializes",
# "analysed" "analyzed"
_AMERICAN = re.compile(r"(?<=\w\w\w)([iy])s(e|es|ed|ing|ation|ations)$")


def _american(word: str) -> str:
    # the pattern needs "is" or "ys": most words have neither, and skipping them saves a regex call per token
    return _AMERICAN.sub(r"\1z\2", word) if "is" in word or "ys" in word else word


def _stem(word: str) -> str:
    """A word's stem, British spelling read as American (as _read reads every token)."""
    return english_stemmer().stemWord(_american(word))


@lru_cache(maxsize=1024)   # one check reads its passage's sentences and the essay's title several times
def _read(text: str) -> _Text:
    normalized = normalize_for_match(text, casefold=False)
    found = list(_TOKEN.finditer(normalized))
    words = [m.group(0) for m in found]
    starts = [m.start() for m in found]
    # "Control-P", "CTRL-P" and "Ctl-P" are one key
    tokens = tuple("ctrl" if low in _CONTROL_KEY and _CHORDED.match(normalized, m.end()) else low.replace(",", "")
                   for m, low in zip(found, (w.lower() for w in words)))
    # a month abbreviated beside a number is the month: "1-Jan-1970" is "1 January 1970"
    months = [_MONTH_ABBREVIATIONS[t] if t in _MONTH_ABBREVIATIONS and any(
        tokens[j][:1].isdigit() for j in (i - 1, i + 1) if 0 <= j < len(tokens)) else None
        for i, t in enumerate(tokens)]
    tokens = tuple(month or t for month, t in zip(months, tokens))
    words = [month.capitalize() if month else w for month, w in zip(months, words)]
    stems = tuple(english_stemmer().stemWords([_american(t.split("'")[0]) for t in tokens]))
    # a clause ends at a token whose gap to the next holds a break; a break inside a token ("1.5") ends nothing
    ends = [m.end() for m in found]
    breaks: set[int] = set()
    for mark in _CLAUSE_BREAK.finditer(normalized):
        i = bisect_right(ends, mark.start()) - 1   # the last token that ends before the mark
        if 0 <= i < len(found) - 1 and mark.end() <= starts[i + 1]:
            breaks.add(i)
    options = frozenset(i for i, s in enumerate(starts)
                        if s >= 1 and normalized[s - 1] == "-" and (s == 1 or normalized[s - 2] == " "))
    written = tuple(("-" if i in options else "") + w for i, w in enumerate(words))
    hyphened = frozenset(i for i, s in enumerate(starts) if i and s >= 2 and normalized[s - 1] == "-" and
                         ends[i - 1] == s - 1)
    return _Text(text, tokens, stems, frozenset(breaks), written, options, hyphened)


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


Finding = tuple[VerdictStatus, str] | None   # (status, reason)


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


def _numbers_in(text: _Text) -> list[tuple[str, int]]:
    found = []
    for i, token in enumerate(text.tokens):
        after = text.tokens[i + 1:i + 3]
        if token == "half" and (after[:1] in _SCALES or (after[:1] == ("a",) and after[1:] in _SCALES)):
            # "nearly a half million lines" / "half a million": 500000, and not the million after it
            scale = i + (2 if after[:1] == ("a",) else 1)   # what it counts is the word after the scale
            found.append((str(int(_NUMBER_WORDS[text.tokens[scale]]) // 2), scale))
            continue
        if token in _NUMBER_WORDS and i and text.tokens[i - 1] in ("half", "a") and \
                text.tokens[max(0, i - 2):i].count("half"):
            continue
        if token.isdigit() and i and len(text.tokens[i - 1]) > 1 and _ARITY.search(text.raw) and \
                re.search(rf"{re.escape(text.tokens[i - 1])}//?{re.escape(token)}(?!\w|\.\d)", text.raw):
            # a predicate's arity is part of its name: "copy_term/3", "attribute_goals//1" (written in lower case,
            # as predicates are: "OS/2" is a system and its number)
            continue
        if token[0].isdigit() and after[:1] == ("by",) and after[1:2] and after[1][:1].isdigit():
            found.append((f"{token}x{after[1]}", i + 2))   # "a 640 by 480 image" is "a 640x480 image"
        if token[0].isdigit():   # "16th" is 16
            found.append((re.sub(r"(?<=\d)(st|nd|rd|th)$", "", token.replace(",", "").rstrip(".")), i))
        elif token in _NUMBER_WORDS and token not in ("one", "once", "single") and i and \
                text.tokens[i - 1] == "the" and (i + 1 == len(text.tokens) or text.tokens[i + 1] in STOPWORDS):
            continue   # "choosing between the two is ...", "the three of them": the things just named, no count
        elif token in _NUMBER_WORDS and not (token == "one" and (_pronoun_one(text.tokens, i) or
                                                                 text.tokens[i + 1:i + 2] in _ONE_OF_SEVERAL)) and \
                not (token == "once" and not _counts_times(text.tokens, i)) and \
                not (token == "both" and "and" in text.tokens[i + 2:i + 30]):   # "both X and Y" counts nothing
            found.append((_NUMBER_WORDS[token], i))
        elif token in _SHARES and text.tokens[i + 1:i + 2] in (("of",), ("the",), ("their",), ("its",)):
            found.append((_SHARES[token], i))
        elif token in _MULTIPLIED:   # "doubling the maxconn value" is "twice the maxconn value"
            found.append((_MULTIPLIED[token], i))
        elif token.endswith("fold") and token[:-4] in _NUMBER_WORDS:   # "increased tenfold" / "a hundredfold"
            found.append((_NUMBER_WORDS[token[:-4]], i))
    return found


def _glued_to_a_word(number: str, raw: str) -> bool:
    """The number written against the word before it, as one token: "Windows3.x" is "Windows 3.x"."""
    return number[:1].isdigit() and re.search(rf"(?<=[A-Za-z]){re.escape(number)}(?!\d)", raw) is not None


def _in_a_name(text: _Text, at: int) -> bool:
    """The number is part of a name, after its capitalised word: "a FORTRAN 90 compiler", "Debian 12 systems"
    count no compilers and no systems."""
    return at > 0 and text.written[at - 1][:1].isupper() and text.tokens[at][:1].isdigit()


def _pronoun_one(tokens: tuple[str, ...], at: int) -> bool:
    """"which one applies", "the one that", "one of", "one another": "one" that counts nothing."""
    before = tokens[at - 1] if at else ""
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return before in _ONE_AS_PRONOUN_AFTER or after in ("of", "") or after.startswith("another") or \
        (after in STOPWORDS and after not in _NUMBER_WORDS)


def _counts_times(tokens: tuple[str, ...], at: int) -> bool:
    """"once a week", "once every day": a count; "once all data is saved": a conjunction; "at once": at the
    same time."""
    if at and tokens[at - 1] == "at":
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    then = tokens[at + 2] if at + 2 < len(tokens) else ""
    return after == "" or after in _TIME_UNITS or (after in ("a", "an", "every", "per", "each") and then in _TIME_UNITS)


def _unit(text: _Text, at: int) -> str:
    """The stem of the word a number counts ("two weeks" -> "week"), or "" when it is not a word."""
    after = at + 1
    if text.tokens[at].endswith("fold"):   # "increased tenfold since" counts no "since"
        return ""
    if after < len(text.tokens) and text.tokens[after] not in STOPWORDS and not text.tokens[after][0].isdigit():
        return text.stems[after]
    return ""


_SIGNED = re.compile(r"(?<![\w.-])(-?)(\d+(?:\.\d+)?)(?!\w|\.\d)")   # "-1", "10": a number and its sign


def _numbers(c: _Text, e: _Text, context: str) -> Finding:
    signed_e = set(_SIGNED.findall(e.raw))
    for sign, number in set(_SIGNED.findall(c.raw)) - signed_e - set(_SIGNED.findall(context)):
        other = ("" if sign else "-", number)
        if other in signed_e:   # "or 1 for the value -1" where the passage says "or 0 for the value -1"
            return "contradicted", f"the answer says '{sign}{number}'; the passage says '{''.join(other)}'"
    theirs, ours = _numbers_in(e), _numbers_in(c)
    stated = {n for n, _ in theirs}
    titled = {n for n, _ in _numbers_in(_read(context))}   # "Debian 12" in a title; "Chapter 2" says no "twice"
    counted: dict[str, set[str]] = {}   # what the passage counts, and with which numbers ("weeks": {"2"})
    for n, at in theirs:
        if not _in_a_name(e, at):
            counted.setdefault(_unit(e, at), set()).add(n)
    for number, at in ours:
        unit = _unit(c, at)
        if unit and unit in counted and number not in counted[unit]:   # "one week" beside "two weeks", "One way"
            said = ", ".join(sorted(counted[unit]))
            return "contradicted", f"the answer says '{c.tokens[at]} {c.tokens[at + 1]}'; the passage counts " \
                                   f"{said} of them"
        # "make one package the default", "into a single coherent whole": "one" and "single" are often "a";
        # "Both hooks ..." restates "Both are ..." however the passage goes on
        if number in stated or (number in titled and c.tokens[at][0].isdigit()) or c.tokens[at] in ("one", "single") \
                or (c.tokens[at] == "both" and "both" in e.tokens) or _glued_to_a_word(number, e.raw):
            continue
        others = sorted({n for n, _ in theirs} - {n for n, _ in ours})
        if others:
            return "contradicted", f"the answer says '{c.tokens[at]}'; the passage says '{', '.join(others)}'"
        if c.tokens[at] == "both" and (_TWO_SIDES & set(e.tokens) or {"either", "neither"} & set(c.tokens)):
            continue   # "comments of both kinds" / "of either kind"; "both end with one or neither does" / "if ... not"
        return "not_stated", f"the answer says '{c.tokens[at]}'; the passage gives no such number"
    units_c, units_e = {_stem(t) for t in c.tokens if t in _TIME_UNITS}, \
        {_stem(t) for t in e.tokens if t in _TIME_UNITS}
    if units_c and units_e and not units_c & units_e:
        return "contradicted", f"the passage speaks of '{', '.join(sorted(units_e))}'; the answer of " \
                               f"'{', '.join(sorted(units_c))}'"
    return None


@lru_cache(maxsize=256)   # most checks ask for the names of the same answer sentence and evidence
def _name_tokens(raw: str) -> tuple[str, ...]:
    """The names a text mentions: capitalised words; the first word too unless it is a common opener, an
    everyday verb telling the reader what to do ("Leave the flag unset", "Put a dash after it"), or an
    everyday word of amount or kind the text does not capitalise again ("Plenty of web pages", "Empty lines");
    "India is ..." still names India."""
    # each sentence's first word is capitalised anyway: "This directive is only valid ..." names nothing
    spans = split_sentences(raw)
    return tuple(name for span in spans for name in _sentence_names(span.text)) if len(spans) > 1 else \
        tuple(_sentence_names(raw))


def _sentence_names(raw: str) -> list[str]:
    # a key chord is one name: "Ctrl+r" ("Ctrl+s" names another key)
    words = re.findall(r"[A-Za-z][\w'\u2019-]*(?:\+\w+)*", normalize_for_match(raw, casefold=False))
    return [w for i, w in enumerate(words) if (w[0].isupper() or any(ch.isupper() for ch in w[1:])) and
            (i > 0 or not (_bare(w) in STOPWORDS or _bare(w) in _OPENERS or _bare(w).endswith(("ly", "ing", "ed"))
                           or _bare(w) in _IRREGULAR_PARTICIPLES or _common_compound(w)
                           or _imperative(w, words[1] if len(words) > 1 else "")
                           or _qualifies_a_name(w, words[1] if len(words) > 1 else "")
                           or _opens_a_phrase(w, words[1:3])
                           or (_bare(w) in _EVERYDAY_OPENERS and w not in words[1:])))]


def _common_compound(word: str) -> bool:
    """"Argument-less", "Well-known" opening a sentence: everyday words joined by a hyphen, capitalised only
    because they come first."""
    parts = word.split("-")
    return len(parts) > 1 and word[1:].islower() and all(part and is_common_word(part) for part in parts)


def _imperative(first: str, second: str) -> bool:
    return (second.lower() in _WHAT_AN_ORDER_TAKES and first[1:].islower() and is_common_word(first)) or \
        (first.lower(), second.lower()) in _IMPERATIVES   # "Make sure", "Be sure", "Remember to"


def _opens_a_phrase(first: str, after: list[str]) -> bool:
    """"Run without options, ...", "Outside of debugging, ...": an everyday word before a preposition and a
    word in lower case opens a phrase; "Windows for Workgroups" is still a name."""
    return len(after) == 2 and after[0] in _PREPOSITIONS and after[1].islower() and first[1:].islower() and \
        is_common_word(first)


def _qualifies_a_name(first: str, second: str) -> bool:
    """"Older Macs", "Newer Tripp Lite models": an everyday word opening the sentence before a name, which the
    name's own words carry."""
    return second[:1].isupper() and first[1:].islower() and is_common_word(first)


@lru_cache(maxsize=256)
def _names_in(raw: str) -> frozenset[str]:
    return frozenset(n.lower() for n in _name_tokens(raw))


def _bare(name: str) -> str:
    return normalize_for_match(name.split("'")[0].split("\u2019")[0])


@lru_cache(maxsize=1)
def _alias_groups() -> dict[str, set[str]]:
    groups: dict[str, set[str]] = {}
    for name, others in anchor_aliases().items():
        groups.setdefault(name, set()).update(others)
    return groups


def _names(c: _Text, e: _Text, context: str) -> Finding:
    stated = normalize_for_match(e.raw + " " + context)
    stated += " " + _CHORD_PLUS.sub("-", stated)    # "Alt+p" is "Alt-p"
    for name in _name_tokens(c.raw):
        key = _CHORD_PLUS.sub("-", _bare(name))
        # a name may follow a number written against it: "386DOS" names DOS
        if key in STOPWORDS or re.search(rf"(?<![^\W\d_]){re.escape(key)}", stated) or \
                re.search(rf"\b{re.escape(_stem(key))}", stated):
            continue
        if key in MONTHS and re.search(rf"\b{key[:3]}\b", stated):
            continue   # "1 January 1970" for "1-Jan-1970"
        if PLURAL_ACRONYM.fullmatch(name) and re.search(rf"\b{re.escape(key[:-1])}\b", stated):
            continue   # "RFCs" for "RFC documents": the stemmer leaves an acronym's plural alone
        if any(re.search(rf"\b{re.escape(alias)}\b", stated) for alias in _alias_groups().get(key, ())):
            continue
        if "-" in key and all(re.search(rf"\b{re.escape(part)}\b", stated) or
                              (len(part) > 4 and re.search(rf"\b{re.escape(_stem(part))}", stated))
                              for part in key.split("-") if part and part not in _LIKENESS_SUFFIXES):
            continue   # "Debian-based" for "based on Debian", "Base64-encodes" for "Base64 encode"; a likeness
            # names what it is like: "the ElementTree-style .write()" for ".write() (known from ElementTree)"
        if _spelled_out(name, stated) or (c.written[:1] == (name,) and _root_stated(name, stated)):
            continue
        chord = _KEY_CHORD.fullmatch(key)
        if chord and re.search(rf"(?<![a-z])(?:control|ctrl|ctl)-{re.escape(chord.group(1))}(?!\w)", stated):
            continue
        named = [n for n in _name_tokens(e.raw) if normalize_for_match(n) not in normalize_for_match(c.raw)]
        if named:
            return "contradicted", f"the passage names '{named[0]}'; the answer names '{name}'"
        return "not_stated", f"the answer names '{name}'; the passage does not"
    return None


_LIKENESS_SUFFIXES = {"style", "like", "compatible"}

ROOT_LETTERS = 6   # "Registration" and "registering" share a root: their first six letters


def _root_stated(first_word: str, stated: str) -> bool:
    """The answer's capitalised first word is the passage's word in another form ("Registration lets R find
    ..." for "Registering routines ..."): the capital is the sentence's, not a name's. stated is case folded."""
    return len(first_word) > ROOT_LETTERS and first_word.isalpha() and first_word[1:].islower() and \
        re.search(rf"\b{re.escape(first_word[:ROOT_LETTERS].lower())}", stated) is not None


def _option_case(c: _Text, e: _Text, _: str) -> Finding:
    """"-Q" where the passage says "-q": one letter, and its case is the option's meaning."""
    ours = {c.written[i] for i in c.options}
    theirs = {e.written[i] for i in e.options}
    for option in sorted(ours - theirs):
        other = next((o for o in theirs if o.lower() == option.lower()), None)
        if other and len(option.lstrip("-")) == 1:
            return "contradicted", f"the passage says '{other}'; the answer says '{option}'"
    return None


def _spelled_out(name: str, stated: str) -> bool:
    """"CI" for "continuous integration": a name in capitals whose letters begin consecutive words stated."""
    letters = name.rstrip("s") if name[:-1].isupper() else name
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    words = re.findall(r"[a-z0-9]+", stated.lower())
    initials = letters.lower()
    return any(all(w[0] == letter and w not in STOPWORDS for w, letter in zip(words[i:i + len(initials)], initials))
               for i in range(len(words) - len(initials) + 1))   # content words: "WC" is not "which can"


# a file or folder: "/etc/dput.d/", "~/.dput.d/scripts/arno.py", "debian/source/format"; not "and/or"
_PATH = re.compile(r"(?<![\w.~/])(?:~|\.{1,2})?/[\w.+-]+(?:/[\w.+-]+)*/?|(?<![\w./~])[\w.+-]+(?:/[\w.+-]+){2,}/?")


# what a text gives as the default: "with tls as the default", "the default is lz4", "defaults to 8"
# (quoted, a value of several words: 'it defaults to "NO ACTION"')
# (a path: "default value is /usr/local")
# (in single quotes, marked in brackets: "It can be 'xml' (the default), 'xhtml' or 'html'")
_VALUE = r"(?:[\"\u201c]([^\"\u201d]{1,40})[\"\u201d]|['\u2018]([^'\u2019]{1,40})['\u2019]|([\w.+~/-]+))"
_DEFAULT_NOTE = re.compile(r"\s*\((?:the\s+)?defaults?\b[^()]*\)", re.IGNORECASE)   # "(default: False)"
_DEFAULT_IS = re.compile(rf"{_VALUE}\s+(?:is|as)\s+the\s+default\b|"
                         rf"\bdefault(?:\s+value)?\s+is\s+(?:(?:now\s+)?(?:changed|set)\s+to\s+)?{_VALUE}|"
                         rf"\bdefaults\s+to\s+{_VALUE}|{_VALUE}\s+\((?:the\s+)?default\)", re.IGNORECASE)


def _default_values(raw: str) -> set[str]:
    values = {value.lower().rstrip(".") for m in _DEFAULT_IS.finditer(raw) for value in m.groups() if value}
    return {v for v in values if v and v not in STOPWORDS and v not in _POINTING_BACK}   # "8." ends a sentence


def _defaults(c: _Text, e: _Text, _: str) -> Finding:
    """The answer gives another default than the passage ("ssh is the default" for "with tls as the
    default"): both words may be in the passage, so the word checks pass it."""
    ours, theirs = _default_values(c.raw), _default_values(e.raw)
    if ours and theirs and not ours & theirs:
        return "contradicted", (f"the passage gives '{sorted(theirs)[0]}' as the default; the answer gives "
                                f"'{sorted(ours)[0]}'")
    return None


def _paths(c: _Text, e: _Text, context: str) -> Finding:
    """A file or folder path the passage does not give as it is: "/etc/dput.d/scripts" for
    "~/.dput.d/scripts" changes where a file lives, though every word of it is in the passage."""
    theirs = {_bare_path(m.group(0)) for m in _PATH.finditer(e.raw + " " + context)}
    for m in _PATH.finditer(c.raw):
        path = _bare_path(m.group(0))
        if path in theirs or any((t.endswith(path) and len(path.split("/")) > 1) or t.startswith(path + "/")
                                 for t in theirs):
            continue   # as given, its last parts ("scripts/arno.py"), or a folder of it ("~/.dput.d")
        other = next((t for t in sorted(theirs) if t.rsplit("/", 1)[-1] == path.rsplit("/", 1)[-1]), None)
        if other:
            return "contradicted", f"the passage says '{other}'; the answer says '{path}'"
        if len(path.strip("/").split("/")) > 1:
            return "not_stated", f"the answer gives the path '{path}'; the passage does not"
    return None


# an e-mail address or a web address, written whole
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://[^\s<>\"')\]]+", re.I)


def _addresses(c: _Text, e: _Text, context: str) -> Finding:
    """An e-mail or web address the passage does not give: "gnuplot-info@lists.sourceforge.net" for the
    passage's "gnuplot-beta@lists.sourceforge.net" sends the reader somewhere else."""
    def found(raw: str) -> list[str]:
        return [m.group(0).rstrip(".,;:").lower() for m in _ADDRESS.finditer(raw)]

    theirs = found(e.raw + " " + context)
    for address in found(c.raw):
        if address in theirs or any(t.rstrip("/") == address.rstrip("/") for t in theirs):
            continue
        if theirs:
            return "contradicted", f"the passage gives '{theirs[0]}'; the answer gives '{address}'"
        return "not_stated", f"the answer gives the address '{address}'; the passage does not"
    return None


# a literal the text quotes: ‘#{’, “reset”, "clear", `end`, '-' (an apostrophe inside a word opens nothing)
_QUOTED_LITERAL = re.compile(r"[\u2018\u201c`]([^\u2019\u201d`\n]{1,40})[\u2019\u201d`]|(?<!\w)\"([^\"\n]{1,40})\"|"
                             r"(?<![\w'])'([^'\n]{1,40})'(?![\w'])")


def _quoted(c: _Text, e: _Text, context: str) -> Finding:
    """A literal the answer quotes that the passage does not have: "between ‘#[’ and ‘#]’" where it quotes
    ‘#{’ and ‘#}’, an argument "clear" for its "reset". Quotes are what the reader types or sees."""
    def literals(raw: str) -> list[str]:
        return [" ".join(next(g for g in m.groups() if g is not None).split()) for m in _QUOTED_LITERAL.finditer(raw)]

    stated = " ".join((e.raw + " " + context).split()).lower()
    theirs = [q for q in literals(e.raw) if q]
    ours = literals(c.raw)
    for literal in ours:
        if not literal or literal.lower() in stated:
            continue
        other = next((q for q in theirs if q not in ours), None)
        if other is not None:
            return "contradicted", f"the passage quotes '{other}'; the answer quotes '{literal}'"
        return "not_stated", f"the answer quotes '{literal}'; the passage does not have it"
    return None


def _bare_path(path: str) -> str:
    return path.rstrip("/.,;:") or path


# "f()", "environment(f)", "read.table(file)": a function named or called with short arguments
_CALLED = re.compile(r"(?<![\w.])([A-Za-z_][\w.]*)\([^()\s]{0,20}\)")


def _calls(c: _Text, e: _Text, context: str) -> Finding:
    """A function named with its parentheses ("map()", "parent.frame(f)") that the passage never names: a
    lower-case word of English ("map", "open", "mean") is still a name when written as a call."""
    stated = normalize_for_match(e.raw + " " + context)
    theirs = [m.group(0) for m in _CALLED.finditer(e.raw)]
    for m in _CALLED.finditer(c.raw):
        name = m.group(1).split(".")[-1].lower()
        if re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", stated):
            continue
        other = next((t for t in theirs if t.lower() not in c.raw.lower()), None)
        if other:
            return "contradicted", f"the passage names '{other}'; the answer names '{m.group(0)}'"
        return "not_stated", f"the answer names '{m.group(0)}'; the passage does not"
    return None


def _terms(c: _Text, e: _Text, context: str) -> Finding:
    """Names in lower case the capital-letter rule cannot see: a group named by the word before its kind
    ("the QA team" / "the release team"), and rare words, which in these texts are programs, packages and
    terms ("the debhelper tools" / "the cdbs tools", "the dlopen mechanism")."""
    titled = set(_read(context).stems)   # the essay's title may name a program; it names no group
    theirs_named = _joined_words(e.raw)
    for name in sorted({w for w in _joined_words(c.raw) if "_" in w or w.count("-") >= 2} - theirs_named):
        sibling = next((other for other in sorted(theirs_named) if _one_part_off(name, other)), None)
        if sibling:   # "debian-edu-doc" where the passage says "debian-edu-config", "dh_make" for "deb-make"
            return "contradicted", f"the passage says '{sibling}'; the answer says '{name}'"
    for i, token in enumerate(c.tokens):
        if c.stems[i] in e.stems or token in STOPWORDS or len(token) < 3 or token[0].isdigit() or \
                _same_meaning(c.stems[i]) & set(e.stems) or \
                (token.endswith("s") and token[:-1] in e.tokens):   # "rfcs": the stemmer leaves acronyms alone
            continue
        # a number after the word is no thing it names ("put_attr/3": a name and its arity)
        head = c.stems[i + 1] if i + 1 < len(c.tokens) and c.tokens[i + 1] not in STOPWORDS and \
            not c.tokens[i + 1][:1].isdigit() else ""
        named_kind = c.tokens[i + 1] in _NAMED_BY_MODIFIER if i + 1 < len(c.tokens) else False
        if named_kind and c.tokens[i + 1] in _NAMED_BY_RARE_MODIFIER and is_common_word(token):
            named_kind = False
        # "Babel's extraction method": a possessive names whose it is, not which kind
        if head and token not in _HOW_MANY and _unpossessive(token) == token and (named_kind or is_rare_word(token)):
            # an adverb names nothing: "Unfortunately LMTP process ..." is no "Dovecot's LMTP process" swapped
            # nor does a prefix joined to the word: "Host is auto-probed" / "fetchmail probes the host"
            # nor does a verb before a menu's own name ("selecting "Command" -> ...")
            theirs = [e.tokens[j - 1] for j, s in enumerate(e.stems)
                      if s == head and j and e.tokens[j - 1] not in STOPWORDS and e.stems[j - 1] not in c.stems
                      and e.tokens[j - 1] not in _HOW_MANY
                      and not (j >= 2 and e.tokens[j - 2] == "non" and e.tokens[j - 1] in _plainly_negated(token))
                      and not e.tokens[j - 1].endswith("ing")   # "of writing i18n": a verb's object, unnamed
                      and not e.written[j][:1].isupper()
                      and e.tokens[j - 1] not in _OPENERS and not e.tokens[j - 1].endswith("ly")
                      and not re.search(rf"\b{re.escape(e.tokens[j - 1])}-{re.escape(e.tokens[j])}\b", e.raw, re.I)]
            if theirs:
                return "contradicted", f"the passage says '{theirs[0]} {c.tokens[i + 1]}'; the answer says " \
                                       f"'{token} {c.tokens[i + 1]}'"
        if is_rare_word(_unpossessive(token)) and c.stems[i] not in titled and \
                not _negated_form_of_known_word(token, e) and not _repeated_form_of_stated(token, e) and \
                not _blend_of_stated(token, e):
            return "not_stated", f"the answer names '{token}'; the passage does not"
    return None


def _unpossessive(token: str) -> str:
    """"package's" is "package": the possessive makes no word rare."""
    return token[:-2] if token.endswith(("'s", "\u2019s")) and len(token) > 3 else token


def _blend_of_stated(token: str, e: _Text) -> bool:
    """"symlinks" where the passage says "symbolic links", "hostnames" for "host names": the start of one word
    of the passage joined to the word after it."""
    stem = _stem
    return any(e.tokens[j].startswith(token[:k]) and stem(token[k:]) == e.stems[j + 1]
               for k in range(3, len(token) - 2) for j in range(len(e.tokens) - 1))


def _repeated_form_of_stated(token: str, e: _Text) -> bool:
    """"refetching" where the passage says "retrying to fetch": a word of the passage done again."""
    return token.startswith("re") and len(token) > 5 and _stem(token[2:]) in e.stems


def _negated_form_of_known_word(token: str, e: _Text) -> bool:
    """"unset", "nonempty", "parentless": a word of the passage ("set" where it says "set") or an everyday word
    with a negating prefix or the suffix "-less", rare as written but naming nothing (whether a negation was
    dropped or added is the negation rules' question)."""
    plain = token.removeprefix("non").removeprefix("un")
    plain = plain.removesuffix("less") if plain == token and token not in _NOT_LACKING else plain
    return plain != token and (_stem(plain) in e.stems or
                               (len(plain) > 2 and is_common_word(plain)))


def _joined_words(raw: str) -> set[str]:
    """Lower-case words joined by hyphens or underscores. Those of three or more parts ("debian-edu-config"),
    or with an underscore ("dh_make"), which no English compound has, name programs and packages."""
    return set(re.findall(r"\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b", normalize_for_match(raw, casefold=False)))


def _letters(c: _Text, e: _Text, context: str) -> Finding:
    """A capital letter standing alone, as keys and options are named ("pressing K opens the key bindings"), that
    the passage does not give ("B to the key bindings"). "A" and "I" are words; a letter the essay's title or
    the term the passage defines gives is stated ("R" in "R Internals"). Only where the passage names things by
    letters itself: elsewhere a lone capital is more likely a name it leaves to its title ("R converts ...")."""
    if not any(w.isupper() and len(w) == 1 and w not in "AI" for w in e.written):
        return None
    theirs = {w for w in (*e.written, *_read(context).written) if len(w) == 1 and w.isupper()}
    for token in c.written:
        if len(token) == 1 and token.isupper() and token not in "AI" and token not in theirs:
            return "not_stated", f"the answer names '{token}'; the passage does not"
    return None


def _long_options(c: _Text, e: _Text, context: str) -> Finding:
    """A long option the passage does not give: "--without-nls" where it says "--disable-nls". One the term the
    passage defines gives is stated ("--showcursor", above the sentence that says what it does)."""
    theirs = set(_LONG_OPTION.findall(e.raw)) | set(_LONG_OPTION.findall(context))
    for option in dict.fromkeys(_LONG_OPTION.findall(c.raw)):
        if option in theirs:
            continue
        sibling = next((other for other in sorted(theirs) if _one_part_off(option[2:], other[2:])), None)
        if sibling:
            return "contradicted", f"the passage says '{sibling}'; the answer says '{option}'"
        return "not_stated", f"the answer names '{option}'; the passage does not"
    return None


def _one_part_off(name: str, other: str) -> bool:
    ours, theirs = re.split(r"[-_]", name), re.split(r"[-_]", other)
    return len(ours) == len(theirs) and sum(a != b for a, b in zip(ours, theirs)) == 1


def _swapped_in_a_sentence(c: _Text, e: _Text, context: str) -> Finding:
    """Evidence of two sentences can hold the answer's swapped word in the other one ("your private key"
    beside "using your public key"): the word checks run again on the sentence that holds most of the answer."""
    best = _sentence_saying(c, e)
    if best is None:
        return None
    for check in (_opposites, _terms, _paths):
        found = _opposites(c, best, context, whole=e) if check is _opposites else check(c, best, context)
        if found is not None and found[0] == "contradicted":
            return found
    return None


def _sentence_saying(c: _Text, e: _Text) -> _Text | None:
    """The sentence of evidence of two or more that holds most of the answer's content words; None when the
    evidence is one sentence."""
    sentences = split_sentences(e.raw)
    if len(sentences) < 2:
        return None
    return max((_read(s.text) for s in sentences), key=lambda read: len(c.content & read.content))


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


def _comparative(raw: str) -> re.Match[str] | None:
    """The text's first comparison ("more ... than", "larger than"), not a noun ending in -er before "than"
    ("a higher release number than")."""
    return next((m for m in _COMPARATIVE.finditer(raw) if (m.group(2) or "").lower() not in _ER_NOUNS), None)


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


MAX_TERM_WORDS = 6       # a term that names a definition list's entry, at most
SEQUENCE_REACH = 3   # content words on each side of "then" that a sequence's steps are read from


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


def _name_swapped_in_its_sentence(c: _Text, e: _Text, _: str) -> Finding:
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


def _content_positions(text: _Text) -> list[int]:
    return [i for i, t in enumerate(text.tokens) if _is_content(t)]


def _is_content(token: str) -> bool:
    return token not in STOPWORDS and len(token) > 1


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
