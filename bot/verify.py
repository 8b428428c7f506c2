"""BOT_VERIFY=model: the configured model judges what the rules leave open ("not stated").

The rules settle contradictions (a dropped "not", a swapped name) and exact support; a sentence they find
no support for may still be a paraphrase in other words. Such sentences go to the model with their passage,
fenced, for supported / contradicted / not stated; on any model failure the rules' verdict stands.
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence

from bot.base.records import Passage, Verdict, VerdictStatus
from bot.generative import ChatModel, ModelError
from bot.prompts import Prompt

_LABEL = re.compile(r"\b(supported|contradicted|not[ _]stated)\b", re.IGNORECASE)


def parse_label(reply: str) -> VerdictStatus | None:
    """The first verdict word in the model's reply; None when it gives none."""
    match = _LABEL.search(reply)
    if match is None:
        return None
    word = match.group(1).lower().replace(" ", "_")
    return "supported" if word == "supported" else "contradicted" if word == "contradicted" else "not_stated"


def judge_with_model(chat: ChatModel, prompt: Prompt, verdicts: Sequence[Verdict],
                     passages: Sequence[Passage]) -> tuple[Verdict, ...]:
    """Each "not stated" verdict on a cited passage, judged again by the model (within BOT_TIMEOUT_S)."""
    by_n = {p.n: p for p in passages}
    judged = []
    for verdict in verdicts:
        if verdict.status != "not_stated" or verdict.n not in by_n:
            judged.append(verdict)
            continue
        passage = html.escape(by_n[verdict.n].text, quote=False)   # it cannot close its fence
        try:
            reply = chat.complete([{"role": "user", "content": prompt.render(passage=passage,
                                                                           sentence=verdict.sentence)}],
                                  max_tokens=8)
        except ModelError:
            judged.append(verdict)
            continue
        label = parse_label(reply)
        if label is None:
            judged.append(verdict)
            continue
        reason = f"the model judged it {label.replace('_', ' ')} (the rules: {verdict.reason})"
        judged.append(Verdict(verdict.sentence, label, reason, verdict.evidence, verdict.n))
    return tuple(judged)
