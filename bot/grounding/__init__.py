"""Does a passage say what an answer's sentence says? Rules over the parts that change meaning.

Sharing words is a topic test: "China is not innovating ..." shares every word with "China is innovating
...". So a claim is first matched to its best evidence span in the passage (one sentence or two
neighbours, most of the claim's content words), then compared with that span on what flips or adds
meaning: negation, antonyms, numbers and dates, names, quantifiers, modality, causes, comparisons and who
does what. Each verdict carries its reason and the evidence, verbatim. What the rules cannot see (a
paraphrase in other words, a subtle change of scope) is left as "not stated" or passed; a model can be
asked about those (bot.verify).

Modules, lowest first (each imports only those before it): `text` (reading a text: tokens, stems, names;
the word lists the checks share), `negation`, `modality`, `names_numbers`, `order`, `roles`, `quantifiers`,
`causes` (the checks, by what they compare), `verdict` (evidence, then every check in turn).
"""
from bot.grounding.verdict import best_evidence, forget_read_texts, judge, points_back, split_claims

__all__ = ["best_evidence", "forget_read_texts", "judge", "points_back", "split_claims"]
