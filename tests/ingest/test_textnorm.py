from ingest.textnorm import find_normalized, normalize_for_match


def test_typographic_quotes_dashes_and_spaces_match_plain_ones():
    assert normalize_for_match("China\u2019s  \u201cAI\u201d \u2013 state\n") == "china's \"ai\" - state"


def test_find_normalized_returns_the_span_of_the_original_text():
    original = "What\u2019s   happening in\nChina’s cities."
    start, end = find_normalized(original, "what's happening in china's")
    assert original[start:end] == "What\u2019s   happening in\nChina\u2019s"


def test_find_normalized_misses_text_that_is_not_there():
    assert find_normalized("China is innovating", "Europe is innovating") is None
    assert find_normalized("anything", "   ") is None
