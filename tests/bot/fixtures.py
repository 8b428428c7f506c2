from bot.base.records import DocumentMeta, Passage


def passage(n: int, text: str, doc_id: str = "essay.txt", start: int = 0, chunk_id: str | None = None) -> Passage:
    return Passage(n=n, chunk_id=chunk_id or f"c{n}", doc_id=doc_id, meta=DocumentMeta("Essay", ("A. Writer",)),
                   section=None, page=None, text=text, start=start, end=start + len(text),
                   score=1.0 / n, similarity=0.5)
