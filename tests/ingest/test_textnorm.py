from ingest.textnorm import find_normalized, normalize_for_match, normalize_with_offsets


def test_typographic_quotes_dashes_and_spaces_match_plain_ones():
    assert normalize_for_match("China\u2019s  \u201cAI\u201d \u2013 state\n") == "china's \"ai\" - state"


def test_find_normalized_returns_the_span_of_the_original_text():
    original = "What\u2019s   happening in\nChina’s cities."
    start, end = find_normalized(original, "what's happening in china's")
    assert original[start:end] == "What\u2019s   happening in\nChina\u2019s"


def test_find_normalized_misses_text_that_is_not_there():
    assert find_normalized("China is innovating", "Europe is innovating") is None
    assert find_normalized("anything", "   ") is None


def test_normalized_text_maps_each_character_back_to_where_it_stood():
    """Folding (ß -> ss), dropped marks (soft hyphen, zero-width space), a no-break space and curly quotes, with
    whitespace runs read as one space at the character before the next word."""
    original = "  Stra\u00dfe  co\u00adop\u00a0\u2019x\u2019 \u200b end "
    normalized = normalize_with_offsets(original)
    assert normalized.text == "strasse coop 'x' end"
    assert normalized.offsets == (2, 3, 4, 5, 6, 6, 7, 9, 10, 11, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24)
    assert original[slice(*normalized.span_in_original(8, 12))] == "co\u00adop"
    assert normalize_with_offsets(original, casefold=False).text == "Stra\u00dfe coop 'x' end"
