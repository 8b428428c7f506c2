"""Offline, judge-free evaluation of retrieval, answers, citations and refusals (python -m bot.evaluate)."""
from bot.evaluate.questions import Question, lint_questions, load_questions
from bot.evaluate.runner import read_run, score_run

__all__ = ["Question", "lint_questions", "load_questions", "read_run", "score_run"]
