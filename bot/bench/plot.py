"""python -m bot.bench.plot OUT.png RESULT.json [RESULT.json ...]: latency against corpus size."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def plot(results: list[dict], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    results = sorted(results, key=lambda r: r["requested_chunks"])
    sizes = [r["requested_chunks"] for r in results]
    fig, ax = plt.subplots(figsize=(6, 3.6))
    for key, label in (("retrieval_p50_ms", "retrieval p50"), ("retrieval_p95_ms", "retrieval p95"),
                       ("extractive_answer_p50_ms", "extractive answer p50"),
                       ("extractive_answer_p95_ms", "extractive answer p95")):
        ax.plot(sizes, [r["answering"][key] for r in results], marker="o", label=label)
    ax.set(xscale="log", xlabel="passages in the index", ylabel="ms",
           title=f"Latency vs corpus size ({results[0]['machine']})")
    ax.grid(alpha=.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out, dpi=110)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0].startswith("-"):
        print(__doc__.split(":")[0].strip() + "  (RESULT.json: `python -m bot.bench --json` output)", file=sys.stderr)
        return 2
    plot([json.loads(Path(p).read_text()) for p in argv[1:]], Path(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
