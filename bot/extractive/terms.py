"""What the extractive answer reads in a question and a passage: the patterns of terms, code, options and
sentences that lean on others, the names of things and their aliases."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from bot.sentences import SentenceSpan

_WORDS = re.compile(r"[\w&]+")
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
_QUESTION_END = re.compile(r"\?[\"'\u201d\u2019)\]]*$")
_RULE = re.compile(r"[=_~*#-]{4,}")   # a rule drawn in text: a test run's banner, a heading's underline
_COMMENT_LINE = re.compile(r"(?:#|//)\s")   # a comment in code, or a root shell's prompt: "# the coroutine is ..."
_PROSE_RUN = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")   # three words of prose: no line of code
# a documentation generator's note of when something came or changed: "New in version 3.3.", "New in Cookiecutter 1.4"
_VERSION_LABEL = re.compile(r"(?:New|Changed|Deprecated|Added|Removed)\b[^.!?]{0,40}?\b(?:in|since)\s+[^.!?]{0,30}?"
                            r"\d[\w.]*\.?")
# how the asker does something ("How can I ...", "how to ..."): lines of code may answer; not "How can a site reach it?"
_ASKS_HOW_TO = re.compile(r"\bhow (?:(?:do|can|could|should|would|must|shall) (?:i|we|you|one)\b|to\b)", re.IGNORECASE)
MAX_ITEM_WORDS = 25
ALIASES_FILE = Path(__file__).parent.parent / "anchor_aliases.txt"   # bot/anchor_aliases.txt, read by the check too


@lru_cache(maxsize=1)
def anchor_aliases(path: Path = ALIASES_FILE) -> dict[str, tuple[str, ...]]:
    """name -> the other names of its group, all lower case."""
    groups = [[n.strip().lower() for n in line.split(",") if n.strip()]
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return {name: tuple(g) for g in groups for name in g}


def _typed_at_prompt(text: str) -> bool:
    """A line typed at Python's prompt: code, whatever words of prose its names and strings make."""
    return text.startswith(">>> ")


def _sentence_at(sentences: Sequence[SentenceSpan], start: int) -> int | None:
    """The index of the sentence that starts at start; None when none does."""
    return next((i for i, span in enumerate(sentences) if span.start == start), None)
