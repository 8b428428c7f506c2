"""Citations are checked by code, not trusted: parse [n], drop the impossible, judge each sentence against
its passages (bot.grounding), and find each supported one's quote."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot.base.records import REFUSAL_SENTENCE, Citation, Passage, Verdict
from bot.grounding import best_evidence, judge, points_back
from bot.sentences import STOPWORDS, split_sentences
from ingest.textnorm import find_normalized, normalize_for_match

# not after code's own marks: "[X,Y]=[0,1]" holds a list, no citation
MARKER = re.compile(r"\s*(?<![=(\[{<>+*/^|,:])\[(\s*\d+(?:\s*[-\u2013,;]\s*\d+)*\s*)\]")
MAX_RANGE = 20            # [1-999] is not a citation anyone means
_REFUSAL = normalize_for_match(REFUSAL_SENTENCE)
_ITEM_NUMBER = re.compile(r"(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]", re.I)   # "1.", "b)", "iv.": a list item's number
_LEADING_MARKERS = re.compile(rf"(?:{MARKER.pattern})+")
_CARRIES_ON = re.compile(r"\s*(?:[,;:.)\[\]\u2014\u2013-]|(?:and|or|but|nor|while|whereas|which|that|as|because|"
                         r"so|then|with|without|to|of|in|for|on|by|who|whom|whose|where|when|than|from|after|"
                         r"before|if|unless|although|though|since|until|into|at)\b)")


@dataclass(frozen=True)
class CheckedAnswer:
    text: str                              # the answer with impossible markers removed
    citations: tuple[Citation, ...]
    unsupported_sentences: tuple[str, ...]
    verdicts: tuple[Verdict, ...] = ()     # one per sentence that is not the refusal


def parse_markers(marker_body: str) -> list[int]:
    """'1, 3-5' -> [1, 3, 4, 5]; order kept, duplicates dropped."""
    numbers: list[int] = []
    for part in re.split(r"[,;]", marker_body):
        bounds = [int(x) for x in re.findall(r"\d+", part)]
        if len(bounds) == 2 and 0 <= bounds[1] - bounds[0] <= MAX_RANGE:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds[:1] if len(bounds) == 2 else bounds)
    return list(dict.fromkeys(numbers))


def find_support(claim: str, passage_text: str) -> tuple[str, float]:
    """The passage text that best supports claim, verbatim, and the share of claim's content words it holds."""
    span = find_normalized(passage_text, claim)
    if span:
        return passage_text[span[0]:span[1]], 1.0
    return best_evidence(claim, passage_text)


def check_citations(text: str, passages: Sequence[Passage], judge_support: bool = True,
                    names_the_collection: Callable[[str], bool] | None = None,
                    lead_ins: Sequence[str] = ()) -> CheckedAnswer:
    """Remove markers that point at no passage; judge each sentence against the passages it cites.

    A cited passage that supports its sentence (bot.grounding: meaning, not shared words) gives a Citation
    with the exact supporting quote; every sentence gets a Verdict. Without judge_support (BOT_VERIFY=off)
    every existing citation is kept, with the passage's closest span as its quote, and nothing is judged.
    names_the_collection: whether a word is what the whole collection is about ("dput" in dput-ng's
    manual, "FreedomBox" in its manual); a sentence may name it where its passage only says "it".
    lead_ins: the text just before each passage (aligned with passages): a passage that opens by pointing
    back ("This will also install ...") speaks of what is named there ("the package fai-quickstart").
    """
    by_n = {p.n: p for p in passages}
    leaned_on = {p.n: lead for p, lead in zip(passages, lead_ins) if lead and points_back(p.text)}
    citations: list[Citation] = []
    verdicts: list[Verdict] = []
    out_sentences: list[str] = []
    for sentence in answer_sentences(text):
        claim = MARKER.sub("", sentence).strip()
        cited = [n for m in MARKER.finditer(sentence) for n in parse_markers(m.group(1))]
        valid = [n for n in dict.fromkeys(cited) if n in by_n]
        out_sentences.append(MARKER.sub(lambda m: _keep_valid(m, by_n), sentence))
        if not claim or normalize_for_match(claim) == _REFUSAL:
            continue
        if not judge_support:
            for n in valid:
                quote, score = find_support(claim, by_n[n].text)
                citations.append(_citation(n, by_n[n], quote, score, claim))
            continue
        subject = _collection_words(claim, names_the_collection)
        judged = [replace(judge(claim, by_n[n].text,
                                " ".join(filter(None, (_essay_context(by_n[n]), subject, leaned_on.get(n))))), n=n)
                  for n in valid]
        supported = [v for v in judged if v.status == "supported"]
        for verdict in supported:
            quote, score = find_support(verdict.evidence, by_n[verdict.n or 0].text)
            citations.append(_citation(verdict.n or 0, by_n[verdict.n or 0], quote, score, claim))
        if supported:
            verdicts.append(supported[0])
        elif judged:
            verdicts.append(next((v for v in judged if v.status == "contradicted"), judged[0]))
        else:
            reason = "it cites no passage" if not cited else "it cites only passages that do not exist"
            verdicts.append(Verdict(claim, "not_stated", reason, ""))
    unsupported = tuple(v.sentence for v in verdicts if v.status != "supported")
    return CheckedAnswer(" ".join(s for s in out_sentences if s.strip()), tuple(citations), unsupported,
                         tuple(verdicts))


def with_verdicts(checked: CheckedAnswer, verdicts: Sequence[Verdict], passages: Sequence[Passage]) -> CheckedAnswer:
    """The checked answer after a second opinion (the entailment model's or the chat model's): sentences now
    supported gain their citation, sentences no longer supported lose theirs."""
    by_n = {p.n: p for p in passages}
    withdrawn = {after.sentence for before, after in zip(checked.verdicts, verdicts)
                 if before.status == "supported" and after.status != "supported"}
    citations = [c for c in checked.citations if c.sentence not in withdrawn]
    for before, after in zip(checked.verdicts, verdicts):
        if before.status != "supported" and after.status == "supported" and after.n in by_n:
            quote, score = find_support(after.sentence, by_n[after.n].text)
            citations.append(_citation(after.n, by_n[after.n], quote, score, after.sentence))
    unsupported = tuple(v.sentence for v in verdicts if v.status != "supported")
    return CheckedAnswer(checked.text, tuple(citations), unsupported, tuple(verdicts))


def without_unsupported(checked: CheckedAnswer) -> CheckedAnswer:
    """BOT_STRICT=1: the text without the sentences their passages do not support; the verdicts stay."""
    doubtful = set(checked.unsupported_sentences)
    kept = [s for s in answer_sentences(checked.text) if MARKER.sub("", s).strip() not in doubtful]
    return CheckedAnswer(" ".join(kept), checked.citations, checked.unsupported_sentences, checked.verdicts)


def _collection_words(claim: str, names_the_collection: Callable[[str], bool] | None) -> str:
    """The claim's words that name what the whole collection is about."""
    if names_the_collection is None:
        return ""
    words = dict.fromkeys(w for w in re.findall(r"[A-Za-z][\w]+", claim) if len(w) >= 3 and w.lower() not in STOPWORDS)
    return " ".join(w for w in words if names_the_collection(w))


def _essay_context(passage: Passage) -> str:
    """What names the essay itself: a name found here counts as stated."""
    meta = passage.meta
    return " ".join(x for x in (meta.title, meta.author, meta.collection, meta.publisher, passage.section) if x)


def _keep_valid(match: re.Match[str], by_n: dict[int, Passage]) -> str:
    kept = [n for n in parse_markers(match.group(1)) if n in by_n]
    return " " + "".join(f"[{n}]" for n in kept) if kept else ""


def answer_sentences(text: str) -> list[str]:
    """Sentences of an answer, each keeping the markers that follow its full stop ('... end. [2]'); a list
    item's number ("1.") opens the sentence after it."""
    pieces: list[str] = []
    opening = ""
    for span in split_sentences(text):
        piece = span.text
        if pieces and MARKER.fullmatch(piece.split(" ")[0]) and not MARKER.sub("", piece).strip():
            pieces[-1] += " " + piece
            continue
        lead = _LEADING_MARKERS.match(piece)
        if pieces and lead:   # markers after the previous sentence's full stop belong to it
            pieces[-1] += lead.group(0)
            piece = piece[lead.end():].strip()
        for cut in _cut_after_markers(piece) if piece else []:
            cut, opening = f"{opening} {cut}".strip(), ""
            if _ITEM_NUMBER.fullmatch(cut):   # "... is: [1] 1." then "Take your declaration": one item
                opening = cut
            else:
                pieces.append(cut)
    return pieces + ([opening] if opening else [])


def _cut_after_markers(piece: str) -> list[str]:
    """A marker ends a claim even without a full stop: quoted list items, code lines and headings run on
    otherwise ('posttag="gbp-posttag-push" [1] Execute COMMAND after build. [2]'). Not before words that
    carry the sentence on ('China innovates [1] and India follows [2].')."""
    out, start = [], 0
    for m in MARKER.finditer(piece):
        rest = piece[m.end():]
        if rest.strip() and not _CARRIES_ON.match(rest):
            out.append(piece[start:m.end()].strip())
            start = m.end()
    out.append(piece[start:].strip())
    return [p for p in out if p]


def _citation(n: int, passage: Passage, quote: str, score: float, claim: str) -> Citation:
    return Citation(n=n, doc_id=passage.doc_id, title=passage.title, author=passage.author, quote=quote,
                    chunk_id=passage.chunk_id, score=round(score, 3), url=passage.meta.url, section=passage.section,
                    page=passage.page, sentence=claim)
