"""Rated answers from the page, written as a question set for review: real questions become test questions.

Each rating becomes one question in the format of evals/questions.yaml, with what the reviewer needs to
finish it (the bot's answer, the reader's comment, a note on what to fill in). `answerable` is a guess from
the rating (an answer rated up was answerable; a refusal rated down probably was); key facts are left for
the reviewer, so the linter names every entry still to be finished.
"""
from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import yaml

from bot.page_store import Rating

HEADER = """# Questions readers rated on the page (`python -m bot.evaluate feedback --export FILE`).
# For review before use: check `answerable`, add key_facts (and gold_quotes) to answerable questions,
# then drop the review fields or leave them (the loader reads only the question-set fields).
"""


def feedback_question(number: int, rating: Rating) -> dict[str, Any]:
    """One rating as a question-set entry, with review notes."""
    answer = rating.answer
    up = rating.rating > 0
    answerable = (not answer.refused) if up else answer.refused
    if up and not answer.refused:
        review = "rated right: add key_facts from the answer"
    elif up:
        review = "rated right to refuse: keep answerable false"
    elif answer.refused:
        review = "the refusal was rated wrong: the essays may answer it; add gold_quotes and key_facts"
    else:
        review = "the answer was rated wrong: decide whether the essays answer it; if so add gold_quotes and key_facts"
    entry: dict[str, Any] = {
        "id": f"fb-{number:04d}", "question": rating.question, "answerable": answerable,
        "key_facts": [],
        "gold_quotes": sorted({c.quote for c in answer.citations}) if up and not answer.refused else [],
        "tags": ["feedback", "rated-up" if up else "rated-down", answer.mode],
        "review": review, "comment": rating.comment, "bot_answer": answer.text,
        "rated": datetime.datetime.fromtimestamp(rating.created).isoformat(timespec="seconds"),
        "config": rating.config}
    if rating.history:
        entry["history"] = rating.history
    return entry


def export_feedback(ratings: list[Rating], path: Path) -> int:
    """Write the ratings as a question set to path; returns how many."""
    entries = [feedback_question(n, r) for n, r in enumerate(ratings, start=1)]
    body = yaml.safe_dump({"questions": entries}, allow_unicode=True, sort_keys=False, width=110)
    path.write_text(HEADER + body, encoding="utf-8")
    return len(entries)
