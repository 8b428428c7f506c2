"""Essay Q&A bot: answers questions about an essay collection, citing the passages it rests on.

    from bot import Bot
    answer = Bot().ask("What can Europe learn from China's use of AI?")

The names below load on first use, so that `import bot.base.settings` (which `ingest` does) stays light.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.base.records import Answer, Citation, DocumentSummary, Passage
    from bot.base.settings import Settings
    from bot.core import Bot
    from bot.question import QuestionError

__all__ = ["Answer", "Bot", "Citation", "DocumentSummary", "Passage", "QuestionError", "Settings"]
_HOMES = {"Answer": "bot.base.records", "Citation": "bot.base.records", "DocumentSummary": "bot.base.records",
          "Passage": "bot.base.records", "Settings": "bot.base.settings", "Bot": "bot.core",
          "QuestionError": "bot.question"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'bot' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_HOMES[name]), name)
