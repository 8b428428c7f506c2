"""Extractive answers: the passages' own sentences that best answer the question, quoted with [n].

Modules, lowest first (each imports only those before it): `terms` (patterns, names and aliases), `scoring`
(every sentence scored), `refusal` (names not mentioned, kinds not answered), `context` (what a chosen sentence
brings with it), `selection` (sentences added beyond the best ones), `answer` (extract_answer).
"""
from bot.extractive.answer import extract_answer
from bot.extractive.refusal import PLURAL_ACRONYM, lacks_asked_kind, missing_anchors
from bot.extractive.scoring import ScoredSentence, score_sentences
from bot.extractive.terms import anchor_aliases

__all__ = ["PLURAL_ACRONYM", "ScoredSentence", "anchor_aliases", "extract_answer", "lacks_asked_kind",
           "missing_anchors", "score_sentences"]
