"""The citation check, measured on claim sets: `python -m bot.evaluate claims FILE [--corpus NAME=DIR] [--json]`.

Each claim is answered by a scripted OpenAI-compatible model over real HTTP with streaming: asked the
claim's source sentence as the question, it writes the claim and cites whichever of the passages the bot
sent it holds that source. `Bot.ask` checks the answer as it checks any model's, so a claim counts as
accepted when its sentence's verdict is "supported". Reported: distortions accepted and faithful claims
rejected, with bootstrap 95% intervals, by kind; and the check's own time on five-sentence answers.
"""
from __future__ import annotations

import html
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.base.settings import Settings
from bot.base.stats import percentile
from bot.citations import check_citations
from bot.entailment import reread
from bot.evaluate import metrics as m
from bot.evaluate.scripted_model import scripted_model
from bot.grounding import forget_read_texts
from ingest.textnorm import normalize_for_match

FIVE = 5   # sentences in the answers the check is timed on
_PASSAGE = re.compile(r'<passage n="(\d+)"[^>]*>\n(.*?)\n</passage>', re.DOTALL)


@dataclass(frozen=True)
class Claim:
    id: str
    corpus: str
    source: str      # a verbatim piece of the essay: the question asked, and the passage to cite
    claim: str
    faithful: bool
    kind: str


def load_claims(path: Path) -> list[Claim]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Claim(str(c["id"]), str(c["corpus"]), str(c["source"]), str(c["claim"]), bool(c["faithful"]),
                  str(c.get("kind", ""))) for c in raw]


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", normalize_for_match(html.unescape(text))).strip()


class _Script:
    """What the scripted model writes next: the current claim, citing the passage that holds its source."""

    def __init__(self) -> None:
        self.claim: Claim | None = None
        self.cited: int | None = None

    def __call__(self, request: dict[str, Any]) -> str:
        assert self.claim is not None
        prompt = request["messages"][-1]["content"]
        wanted = _key(self.claim.source)
        self.cited = next((int(n) for n, text in _PASSAGE.findall(prompt) if wanted in _key(text)), None)
        return f"{self.claim.claim} [{self.cited or 1}]"


def run_claims(claims: Sequence[Claim], corpora: dict[str, Path], settings: Settings,
               embedder: Any = None) -> list[dict[str, Any]]:
    """Ask every claim through Bot with the scripted model; one record per claim."""
    from bot.core import Bot
    from bot.evaluate.runner import corpus_hash
    from ingest.embedder import Embedder
    from ingest.pipeline import ensure_index

    embedder = embedder or Embedder(settings.embedding_model, settings.embed_precision)
    script = _Script()
    records = []
    with scripted_model(script) as url:
        for name in sorted({c.corpus for c in claims}):
            if name not in corpora:
                raise FileNotFoundError(f"no folder for corpus {name!r}; pass --corpus {name}=DIR")
            index = settings.index_dir.with_name(f"{settings.index_dir.name}-claims-{corpus_hash(corpora[name])}")
            here = settings.with_(corpus_dir=corpora[name], index_dir=index, model="scripted", openai_base_url=url,
                                  openai_api_key=None)
            ensure_index(here, embedder)
            bot = Bot(here, embedder=embedder)
            for claim in (c for c in claims if c.corpus == name):
                script.claim = claim
                answer = bot.ask(claim.source)
                verdict = answer.verdicts[0] if answer.verdicts else None
                cited = next((p for p in answer.passages if p.n == script.cited), None)
                records.append({"id": claim.id, "corpus": name, "kind": claim.kind, "faithful": claim.faithful,
                                "claim": claim.claim, "source_found": script.cited is not None,
                                "accepted": bool(verdict and verdict.status == "supported"),
                                "status": verdict.status if verdict else None,
                                "reason": verdict.reason if verdict else None,
                                "evidence": verdict.evidence if verdict else None,
                                "check_ms": answer.timings.get("check_ms"),
                                "passage": cited.text if cited else None,
                                # what the check reads beside the passage, kept so that a replay can read it too
                                "section": cited.section if cited else None,
                                "title": cited.meta.title if cited else None})
    return records


def five_sentence_check_ms(records: Sequence[dict[str, Any]], rounds: int = 20,
                           entailment_rounds: int = 3) -> dict[str, float | None]:
    """The check's own time on answers of five claims, each citing its passage, in ms: the rules alone (p50,
    p95) and the rules then the entailment model's re-reading (BOT_VERIFY=nli, the default)."""
    usable = [r for r in records if r["passage"]]
    rules: list[float] = []
    both: list[float] = []
    from bot.base.records import DocumentMeta, Passage

    for start in range(0, len(usable) - FIVE + 1, FIVE):
        group = usable[start:start + FIVE]
        passages = [Passage(n=i + 1, chunk_id=f"c{i}", doc_id="d", meta=DocumentMeta(title="T"), section=None,
                            page=None, text=r["passage"], start=0, end=len(r["passage"]), score=1.0,
                            similarity=None) for i, r in enumerate(group)]
        text = " ".join(f"{r['claim']} [{i + 1}]" for i, r in enumerate(group))
        for round_ in range(rounds):
            forget_read_texts()   # each round reads its texts afresh, as a new answer would
            started = time.perf_counter()
            checked = check_citations(text, passages)
            rules.append((time.perf_counter() - started) * 1000)
            if round_ < entailment_rounds:
                reread(checked.verdicts)
                both.append((time.perf_counter() - started) * 1000)
    return {"answers": len(usable) // FIVE, "p50_ms": percentile(rules, 50), "p95_ms": percentile(rules, 95),
            "with_entailment_p50_ms": percentile(both, 50), "with_entailment_p95_ms": percentile(both, 95)}


def summarize(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Distortions accepted and faithful claims rejected, overall, per corpus and per kind, with intervals."""
    scored = [r for r in records if r["source_found"]]

    def rates(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
        distorted = [float(r["accepted"]) for r in rows if not r["faithful"]]
        faithful = [float(not r["accepted"]) for r in rows if r["faithful"]]
        return {"distortions_accepted": m.bootstrap(distorted, m.mean).to_json(),
                "faithful_rejected": m.bootstrap(faithful, m.mean).to_json()}

    by_kind = {kind: {"n": len(rows), "right": sum(r["accepted"] == r["faithful"] for r in rows)}
               for kind in sorted({r["kind"] for r in scored})
               for rows in [[r for r in scored if r["kind"] == kind]]}
    return {"claims": len(records), "source_not_retrieved": len(records) - len(scored), **rates(scored),
            "by_corpus": {corpus: rates([r for r in scored if r["corpus"] == corpus])
                          for corpus in sorted({r["corpus"] for r in scored})},
            "by_kind": by_kind}


def format_summary(summary: dict[str, Any], wrong: Sequence[dict[str, Any]]) -> str:
    def rate(agg: dict[str, Any]) -> str:
        ci = agg["ci"]
        value = "-" if agg["value"] is None else f"{agg['value']:.2f}"
        return f"{value} [{ci[0]:.2f}, {ci[1]:.2f}] (N={agg['n']})" if ci else f"{value} (N={agg['n']})"

    lines = [f"claims: {summary['claims']} ({summary['source_not_retrieved']} whose source was not retrieved)",
             f"distortions accepted: {rate(summary['distortions_accepted'])}",
             f"faithful claims rejected: {rate(summary['faithful_rejected'])}"]
    for corpus, rates in summary["by_corpus"].items():
        lines.append(f"  {corpus}: distortions accepted {rate(rates['distortions_accepted'])}, "
                     f"faithful rejected {rate(rates['faithful_rejected'])}")
    lines.append("by kind (right / claims): " + ", ".join(f"{k} {v['right']}/{v['n']}"
                                                          for k, v in summary["by_kind"].items()))
    if "check" in summary and summary["check"]["answers"]:   # a set of fewer than FIVE claims makes no answer
        check = summary["check"]
        lines.append(f"check time on {FIVE}-sentence answers: p50 {check['p50_ms']:.1f} ms, "
                     f"p95 {check['p95_ms']:.1f} ms ({check['answers']} answers x 20); with the entailment model "
                     f"p50 {check['with_entailment_p50_ms']:.0f} ms, p95 {check['with_entailment_p95_ms']:.0f} ms "
                     f"(x 3)")
    lines += [f"  wrong: {r['id']} ({r['kind']}, {'faithful' if r['faithful'] else 'distorted'}) -> {r['status']}: "
              f"{r['reason']}" for r in wrong]
    return "\n".join(lines)
