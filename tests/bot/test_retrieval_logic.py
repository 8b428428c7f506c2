from bot.retrieval import ScoredChunk, merge_overlapping, reciprocal_rank_fusion
from ingest.split import Chunk


def chunk(cid: str, start: int, end: int, text: str, doc: str = "d") -> Chunk:
    return Chunk(cid, doc, 0, text, start, end, "T", (), None, None, None, None, None, "k")


def test_rrf_rewards_ids_that_both_retrievers_rank_high():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d", "a"]])
    assert [cid for cid, _ in fused][:2] == ["b", "a"]
    assert {cid for cid, _ in fused} == {"a", "b", "c", "d"}


def test_rrf_of_one_list_keeps_its_order():
    assert [cid for cid, _ in reciprocal_rank_fusion([["x", "y", "z"]])] == ["x", "y", "z"]


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
