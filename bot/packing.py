"""Fit numbered passages into the model's token budget, fenced as untrusted quoted material."""
from __future__ import annotations

import html
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from bot.base.records import Passage


def _offline_tiktoken_cache() -> None:
    """tiktoken downloads its encodings; llama-index-core ships the two we need."""
    if "TIKTOKEN_CACHE_DIR" not in os.environ:
        import llama_index.core

        os.environ["TIKTOKEN_CACHE_DIR"] = str(Path(llama_index.core.__file__).parent / "_static" / "tiktoken_cache")


@lru_cache(maxsize=8)
def encoding_for(model: str | None):
    """The model's tiktoken encoding; cl100k_base for models tiktoken does not know (llama.cpp, vLLM)."""
    _offline_tiktoken_cache()
    import tiktoken

    try:
        return tiktoken.encoding_for_model(model or "")
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str, model: str | None) -> int:
    return len(encoding_for(model).encode(text, disallowed_special=()))


def format_passage(p: Passage) -> str:
    """One fenced passage; markup in essay text is escaped so it cannot close the fence."""
    where = ", ".join(x for x in (p.section and f"section: {p.section}", p.page and f"page {p.page}") if x)
    attrs = f'n="{p.n}" title="{html.escape(p.title)}" author="{html.escape(p.author)}"' + \
        (f' where="{html.escape(where)}"' if where else "")
    return f"<passage {attrs}>\n{html.escape(p.text, quote=False)}\n</passage>"


def pack_passages(passages: Sequence[Passage], budget_tokens: int, model: str | None) -> tuple[list[Passage], str]:
    """Passages in rank order while they fit the budget (at least the first, cut if it must be)."""
    kept: list[Passage] = []
    blocks: list[str] = []
    used = 0
    for p in passages:
        block = format_passage(p)
        cost = count_tokens(block, model) + 1
        if used + cost > budget_tokens:
            if not kept:   # one passage bigger than the budget: keep its head
                enc = encoding_for(model)
                blocks.append(enc.decode(enc.encode(block, disallowed_special=())[:budget_tokens]))
                kept.append(p)
            break
        kept.append(p)
        blocks.append(block)
        used += cost
    return kept, "\n".join(blocks)
