"""Essay Q&A bot: answers questions about an essay collection, citing the passages it rests on.

    from bot import Bot
    answer = Bot().ask("What can Europe learn from China's use of AI?")
"""
from bot.core import Bot, DocumentSummary, QuestionError
from bot.settings import Settings
from bot.types import Answer, Citation, Passage

__all__ = ["Answer", "Bot", "Citation", "DocumentSummary", "Passage", "QuestionError", "Settings"]
