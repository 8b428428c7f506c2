"""Markdown and self-contained HTML reports of a scored run, with matplotlib plots."""
from __future__ import annotations

import base64
import html
from collections import defaultdict
from pathlib import Path

from bot.evaluate import metrics as m
from bot.evaluate.runner import HEADLINE, QuestionScore

PLOTS = ("hit_at_k.png", "latency.png", "refusal_matrix.png")


def _fmt(agg: dict) -> str:
    if agg["value"] is None:
        return "n/a"
    ci = f" [{agg['ci'][0]:.3g}, {agg['ci'][1]:.3g}]" if agg["ci"] else ""
    return f"{agg['value']:.3g}{ci} (N={agg['n']})"


def tag_breakdown(scores: list[QuestionScore], k: int) -> dict[str, dict]:
    by_tag: dict[str, list[QuestionScore]] = defaultdict(list)
    for s in scores:
        for tag in s.tags or ("untagged",):
            by_tag[tag].append(s)
    out = {}
    for tag, group in sorted(by_tag.items()):
        answerable = [s for s in group if s.answerable]
        out[tag] = {"n": len(group),
                    "hit_at_k": m.mean([float(s.first_gold_rank is not None and s.first_gold_rank <= k)
                                        for s in answerable]),
                    "key_fact_recall": m.mean([s.facts_found / s.facts_total for s in answerable if s.facts_total]),
                    "refusal_correct": m.mean([float(s.refusal_correct) for s in group])}
    return out


def make_plots(scores: list[QuestionScore], metrics: dict, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ks = [int(j) for j in metrics["hit_at"]]
    fig, ax = plt.subplots(figsize=(5, 3.2))
    ax.plot(ks, [metrics["hit_at"][str(j)] for j in ks], marker="o")
    ax.set(xlabel="k", ylabel="hit@k", ylim=(0, 1.02), title="Retrieval: a gold passage in the top k")
    ax.grid(alpha=.3)
    fig.tight_layout()
    fig.savefig(out / "hit_at_k.png", dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(5, 3.2))
    ax.hist([s.latency_ms for s in scores], bins=20)
    ax.set(xlabel="answer latency (ms)", ylabel="questions", title="Latency")
    fig.tight_layout()
    fig.savefig(out / "latency.png", dpi=110)
    plt.close(fig)

    r = metrics["refusal_matrix"]
    grid = [[r["answerable_answered"], r["answerable_refused"]],
            [r["unanswerable_answered"], r["unanswerable_refused"]]]
    fig, ax = plt.subplots(figsize=(4, 3.2))
    ax.imshow(grid, cmap="Blues")
    for i in range(2):
        for j in range(2):
            ax.text(j, i, str(grid[i][j]), ha="center", va="center", fontsize=14)
    ax.set_xticks([0, 1], ["answered", "refused"])
    ax.set_yticks([0, 1], ["answerable", "unanswerable"])
    ax.set_title("Refusals")
    fig.tight_layout()
    fig.savefig(out / "refusal_matrix.png", dpi=110)
    plt.close(fig)


def _rows(scores: list[QuestionScore]) -> list[list[str]]:
    return [[s.id, ", ".join(s.tags), "yes" if s.answerable else "no", str(s.first_gold_rank or "-"),
             f"{s.facts_found}/{s.facts_total}" if s.facts_total else "-",
             f"{s.relevant_citations}/{s.citations}", "right" if s.refusal_correct else "WRONG",
             s.failure or "ok"] for s in scores]


HEADERS = ["id", "tags", "answerable", "first gold rank", "facts", "relevant cites", "refusal", "failure"]


def write_markdown(scores, metrics, config, sweep, out: Path) -> Path:
    lines = ["# Evaluation report", "",
             f"Mode **{config.get('mode')}**, model {config.get('model') or '-'}, k={metrics['k']}, "
             f"{metrics['n_questions']} questions, corpus {config.get('corpus_hash')}, "
             f"questions {config.get('questions_hash')}, retriever {config.get('retriever', 'hybrid')}, "
             f"threshold {config.get('extractive_threshold')}.", "",
             "| metric | value [95% CI] (N) |", "|---|---|"]
    lines += [f"| {name} | {_fmt(metrics[name])} |" for name in HEADLINE]
    lines += ["", "![hit@k](hit_at_k.png) ![latency](latency.png) ![refusals](refusal_matrix.png)", "",
              "## By tag", "", "| tag | N | hit@k | key-fact recall | refusal right |", "|---|---|---|---|---|"]
    for tag, row in tag_breakdown(scores, metrics["k"]).items():
        cells = [("-" if row[x] is None else f"{row[x]:.2f}")
                 for x in ("hit_at_k", "key_fact_recall", "refusal_correct")]
        lines.append(f"| {tag} | {row['n']} | " + " | ".join(cells) + " |")
    if sweep:
        lines += ["", "## Extractive refusal threshold", "",
                  "| threshold | refusal accuracy | false refusals | unanswerable answered |", "|---|---|---|---|"]
        lines += [f"| {r['threshold']} | {r['refusal_accuracy']:.3f} | {r['false_refusals']} | "
                  f"{r['unanswerable_answered']} |" for r in sweep if r["refusal_accuracy"] is not None]
    lines += ["", "## Questions", "", "| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in _rows(scores)]
    path = out / "report.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_html(scores, metrics, config, out: Path) -> Path:
    images = "".join(f'<img alt="{name}" src="data:image/png;base64,'
                     f'{base64.b64encode((out / name).read_bytes()).decode()}">' for name in PLOTS)
    table = "".join(f"<tr><td>{html.escape(n)}</td><td>{html.escape(_fmt(metrics[n]))}</td></tr>" for n in HEADLINE)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) +
                   f'<td class="answer">{html.escape(s.answer)}</td></tr>' for row, s in zip(_rows(scores), scores))
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>Evaluation report</title><style>
body{{font-family:system-ui,sans-serif;margin:2em;max-width:1200px}} table{{border-collapse:collapse;margin:1em 0}}
td,th{{border:1px solid #ccc;padding:3px 6px;font-size:.9em;vertical-align:top}} td.answer{{max-width:480px}}
img{{margin:4px;border:1px solid #eee}}</style></head><body>
<h1>Evaluation report</h1><p>Mode <b>{html.escape(str(config.get('mode')))}</b>, k={metrics['k']},
{metrics['n_questions']} questions, corpus {html.escape(str(config.get('corpus_hash')))}.</p>
<table><tr><th>metric</th><th>value [95% CI] (N)</th></tr>{table}</table>{images}
<h2>Questions</h2><table><tr>{"".join(f"<th>{h}</th>" for h in HEADERS)}<th>answer</th></tr>{rows}</table>
</body></html>"""
    path = out / "report.html"
    path.write_text(page, encoding="utf-8")
    return path
