from bot.base.records import DocumentMeta
from bot.retrieval import FOLLOWING_CHARS, ScoredChunk, merge_overlapping, relative_score_fusion, what_follows
from ingest.split import Chunk


def chunk(cid: str, start: int, end: int, text: str, doc: str = "d") -> Chunk:
    return Chunk(cid, doc, 0, text, start, end, DocumentMeta(title="T"), None, None, "k")


def test_a_passage_far_ahead_on_words_alone_beats_passages_near_the_top_of_both_lists():
    # "What happened to the Ruibolan pilot?": one passage names Ruibolan (BM25 far above the rest) and the
    # dense side does not list it. Reciprocal rank fusion of the two lists put "both" first and lost it.
    scores = {"dense": (0.64, 0.0), "both": (0.62, 1.2), "other": (0.60, 1.0),
              "named": (0.45, 9.0), "pilot": (0.30, 0.9)}
    assert [cid for cid, _ in relative_score_fusion(scores)][0] == "named"


def test_a_passage_good_on_both_signals_beats_one_best_on_only_one():
    fused = relative_score_fusion({"meaning": (0.80, 1.0), "words": (0.30, 3.0), "both": (0.70, 2.5)})
    assert [cid for cid, _ in fused][0] == "both"


def test_a_signal_equal_for_every_candidate_leaves_the_order_to_the_other():
    fused = relative_score_fusion({"x": (0.9, 0.0), "y": (0.5, 0.0), "z": (0.7, 0.0)})
    assert [cid for cid, _ in fused] == ["x", "z", "y"]
    assert relative_score_fusion({}) == []


def test_overlapping_neighbours_become_one_passage_without_repeating_text():
    doc = "One sentence here. Two sentence here. Three sentence here."
    a = chunk("a", 0, 37, doc[0:37])
    b = chunk("b", 19, len(doc), doc[19:])
    merged = merge_overlapping([ScoredChunk(b, 0.9, 0.5), ScoredChunk(a, 0.8, 0.6)])
    assert len(merged) == 1
    assert merged[0].chunk.text == doc and merged[0].score == 0.9 and merged[0].similarity == 0.6


def test_chunks_of_other_documents_are_not_merged():
    a = chunk("a", 0, 10, "0123456789", doc="d1")
    b = chunk("b", 5, 15, "5678901234", doc="d2")
    assert len(merge_overlapping([ScoredChunk(a, 1, None), ScoredChunk(b, 1, None)])) == 2


def test_a_lead_on_words_is_kept_when_the_meaning_signal_is_flat():
    # man pages: the dense side's candidates differ by noise (0.50-0.59), BM25 has one passage far ahead.
    # Min-max scaling stretched the noise to the full scale and the passage top on noise won.
    scores = {f"noise{i}": (0.50 + i / 100, 1.0 + i / 10) for i in range(10)}
    scores["named"] = (0.50, 9.0)
    assert [cid for cid, _ in relative_score_fusion(scores)][0] == "named"


def test_what_follows_a_lead_in_is_its_list_table_or_commands_and_no_prose():
    table = "Protocol | Linux Kernel\n\nGRE | 3.11\n\nGeneve | 3.18\n\nIf your kernel is older, build the module."
    assert table[:what_follows(table)] == "Protocol | Linux Kernel\n\nGRE | 3.11\n\nGeneve | 3.18"
    commands = "\n\nfish_config prompt choose disco\nfish_config prompt save\n\nThen it is kept. It stays."
    assert commands[:what_follows(commands)].strip() == "fish_config prompt choose disco\nfish_config prompt save"
    steps = "1. Open the file and read every line of it, then close it again when you are done.\n- Save it."
    assert what_follows(steps) == len(steps)
    assert what_follows("The release after that one added tunnels of every kind we know about.") == 0
    assert what_follows("\n".join(["- an item"] * 200)) <= FOLLOWING_CHARS


def test_a_passage_opening_with_therefore_brings_the_short_paragraph_before_it_in_its_section():
    """The Erlang Efficiency Guide: "Therefore, converting arbitrary input strings to atoms can be dangerous ..."
    opened a chunk and "Atoms are not garbage-collected. ... (1,048,576 by default) ..." ended the one before, so
    the answer gave the advice without its reason. The lead is the essay's own text, right before the chunk."""
    from dataclasses import replace
    from types import SimpleNamespace

    from bot.retrieval import HybridRetriever

    document = ("Conversions have costs.\n\nSymbols are never reclaimed. The runtime stops at 2,000,000 of them.\n\n"
                "Therefore, turning user input into symbols is dangerous.")
    cut = document.index("Therefore")

    def chunk(ordinal: int, start: int, end: int, section: str = "Symbols") -> Chunk:
        return Chunk(f"c{ordinal}", "guide.html", ordinal, document[start:end], start, end, DocumentMeta(title="Guide"),
                     section, None, "k")

    retriever = object.__new__(HybridRetriever)
    for before_section, expected in (("Symbols", document[document.index("Symbols are"):]),
                                     ("Another section", document[cut:])):
        retriever._snapshot = SimpleNamespace(by_position={("guide.html", 0): chunk(0, 0, cut, before_section)})
        hit = ScoredChunk(chunk(1, cut, len(document)), 1.0, 0.5)
        assert retriever._with_its_lead_in(hit).chunk.text == expected
    # a passage that opens on its own subject takes nothing
    plain = ScoredChunk(replace(chunk(1, cut, len(document)), text="Turning user input into symbols is dangerous."),
                        1.0, 0.5)
    retriever._snapshot = SimpleNamespace(by_position={("guide.html", 0): chunk(0, 0, cut)})
    assert retriever._with_its_lead_in(plain).chunk.text == plain.chunk.text
