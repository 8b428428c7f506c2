"""Compare two stored runs: per-metric deltas with paired bootstrap intervals, and the questions that flipped."""
from __future__ import annotations

import random
from collections.abc import Callable

from bot.evaluate import metrics as m
from bot.evaluate.runner import QuestionScore

PER_QUESTION: dict[str, Callable[[QuestionScore, int], float | None]] = {
    "hit_at_k": lambda s, k: float(s.first_gold_rank is not None and s.first_gold_rank <= k) if s.answerable else None,
    "mrr": lambda s, k: (1.0 / s.first_gold_rank if s.first_gold_rank and s.first_gold_rank <= k else 0.0)
    if s.answerable else None,
    "key_fact_recall": lambda s, k: s.facts_found / s.facts_total if s.answerable and s.facts_total else None,
    "refusal_correct": lambda s, k: float(s.refusal_correct),
    "citation_recall": lambda s, k: s.supported_statements / s.statements if s.statements else None,
    "latency_ms": lambda s, k: s.latency_ms,
}


def paired_delta(a: list[float], b: list[float], samples: int = m.BOOTSTRAP_SAMPLES, seed: int = 0):
    """Mean of b - a over paired questions, with a percentile bootstrap 95% interval."""
    diffs = [y - x for x, y in zip(a, b)]
    if not diffs:
        return None, None
    rng = random.Random(seed)
    draws = sorted(sum(diffs[rng.randrange(len(diffs))] for _ in diffs) / len(diffs) for _ in range(samples))
    return sum(diffs) / len(diffs), (draws[int(0.025 * (samples - 1))], draws[int(0.975 * (samples - 1))])


def compare_scores(a: list[QuestionScore], b: list[QuestionScore], k: int) -> dict:
    by_id_a, by_id_b = {s.id: s for s in a}, {s.id: s for s in b}
    shared = [i for i in by_id_a if i in by_id_b]
    result: dict = {"questions_compared": len(shared), "metrics": {}, "flipped": []}
    for name, fn in PER_QUESTION.items():
        pairs = [(x, y) for i in shared
                 if (x := fn(by_id_a[i], k)) is not None and (y := fn(by_id_b[i], k)) is not None]
        delta, ci = paired_delta([x for x, _ in pairs], [y for _, y in pairs])
        result["metrics"][name] = {"a": m.mean([x for x, _ in pairs]), "b": m.mean([y for _, y in pairs]),
                                   "delta": delta, "ci": ci, "n": len(pairs)}
    for i in shared:
        sa, sb = by_id_a[i], by_id_b[i]
        changes = []
        if sa.refusal_correct != sb.refusal_correct:
            was, now = ("right" if s.refusal_correct else "wrong" for s in (sa, sb))
            changes.append(f"refusal {was} -> {now}")
        hit_a, hit_b = PER_QUESTION["hit_at_k"](sa, k), PER_QUESTION["hit_at_k"](sb, k)
        if hit_a != hit_b:
            changes.append(f"hit@{k} {hit_a:.0f} -> {hit_b:.0f}")
        if sa.facts_found != sb.facts_found:
            changes.append(f"facts {sa.facts_found}/{sa.facts_total} -> {sb.facts_found}/{sb.facts_total}")
        if changes:
            result["flipped"].append({"id": i, "question": sa.question, "changes": changes})
    return result


def format_comparison(result: dict) -> str:
    lines = [f"{result['questions_compared']} questions in both runs", "",
             f"{'metric':<18} {'A':>8} {'B':>8} {'B - A':>8}  95% CI"]
    for name, row in result["metrics"].items():
        if row["delta"] is None:
            continue
        lines.append(f"{name:<18} {row['a']:>8.3f} {row['b']:>8.3f} {row['delta']:>+8.3f}  "
                     f"[{row['ci'][0]:+.3f}, {row['ci'][1]:+.3f}] (N={row['n']})")
    lines += ["", f"flipped: {len(result['flipped'])}"]
    lines += [f"  {f['id']}: {'; '.join(f['changes'])}  ({f['question']})" for f in result["flipped"]]
    return "\n".join(lines)
