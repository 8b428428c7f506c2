"""BM25 reads command-line options as names: "-O", "-OO", "-v" and "-V" find their own passages."""
from bot.base.text import option_words
from ingest.lexical import LexicalIndex

PASSAGES = {
    "O": "-O Remove assert statements and any code conditional on the value of __debug__.",
    "OO": "-OO Do -O and also discard docstrings.",
    "v": "-v Print a message each time a module is initialized, showing the place from which it is loaded.",
    "V": "-V, --version Print the Python version number and exit.",
    "prose": "Python can be run with options that change how it treats assert statements and docstrings.",
    # the rest of a manual, where everyday words ("what", "does", "do") are common and an option is rare
    **{f"page{i}": f"What the {thing} does depends on how you call it, and most people do not need to change "
                   f"the {thing} at all; section {i} says what to do when it fails."
       for i, thing in enumerate(("interpreter", "installer", "launcher", "compiler", "debugger", "profiler",
                                  "shell", "editor", "linker", "loader", "packager", "tester") * 2)},
}


def best(index: LexicalIndex, query: str) -> str:
    return index.search(query, 1)[0][0]


def test_each_option_finds_the_passage_that_documents_it():
    index = LexicalIndex.build(list(PASSAGES), list(PASSAGES.values()))
    assert best(index, "What does python -OO do?") == "OO"
    assert best(index, "What does python -v do?") == "v"
    assert best(index, "What does python -V print?") == "V"
    assert best(index, "When do I need --version?") == "V"


def test_dashes_inside_words_and_numbers_are_no_options():
    assert option_words("a built-in module, re-run it with -1 or - 2") == []
    assert option_words("python -m venv, lb clean --purge, (-vv)") == ["optmq", "optdpurgeq", "optvvq"]
