"""python -m ingest [--corpus DIR] [--json] [--rebuild] [--profile]"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.base.settings import Settings, SettingsError
from ingest.catalog import CatalogError
from ingest.embedder import Embedder, EmbedderError
from ingest.index import IndexFolder, IndexStoreError
from ingest.pipeline import IngestSummary, raw_embedding_rate, run_ingest
from ingest.progress import RateReporter, stage_table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest",
                                     description="Load the essays in the corpus folder into the index.")
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: BOT_CORPUS_DIR or ./corpus)")
    parser.add_argument("--json", action="store_true", help="print one JSON summary object on stdout")
    parser.add_argument("--rebuild", action="store_true", help="drop the index and embed everything again")
    parser.add_argument("--profile", action="store_true",
                        help="after the ingest, print where its time went, stage by stage, and the model's raw "
                             "rate on the same passages (with --json: in the JSON)")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env(**({"corpus_dir": args.corpus} if args.corpus else {}))
        if not settings.corpus_dir.is_dir():
            raise SettingsError(f"corpus folder {settings.corpus_dir} does not exist; "
                                "pass --corpus DIR or set BOT_CORPUS_DIR")
        embedder = Embedder(settings.embedding_model, settings.embed_precision)
        summary = run_ingest(settings, embedder, rebuild=args.rebuild, progress=_progress_printer(),
                             log=lambda line: print(f"ingest: {line}", file=sys.stderr))
        profile = ingest_profile(settings, embedder, summary) if args.profile else None
    except (SettingsError, CatalogError, EmbedderError, IndexStoreError) as exc:
        print(f"ingest: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({**summary.to_json(), **({"profile": profile} if profile else {})}))
    else:
        print(f"{summary.files} files ({summary.added} added, {summary.updated} updated, {summary.removed} removed, "
              f"{summary.unchanged} unchanged), {summary.chunks} chunks, {summary.embedded} embedded, "
              f"{summary.seconds:.1f} s")
        for skipped in summary.skipped:
            kept = " (kept its previous version)" if skipped.kept_previous else ""
            print(f"  skipped {skipped.file}: {skipped.reason}{kept}")
        if profile:
            print("\n".join(profile_lines(summary, profile)))
    return 0


def ingest_profile(settings: Settings, embedder: Embedder, summary: IngestSummary) -> dict:
    """The ingest's rate against the model's raw rate, measured now on the passages it embedded."""
    raw = raw_embedding_rate(embedder, [c.embedding_text for c in IndexFolder(settings.index_dir).read_chunks()])
    rate = summary.embedded / summary.seconds if summary.seconds else 0.0
    return {"precision": embedder.precision, "ingest_passages_per_s": round(rate, 1),
            "raw_passages_per_s": raw["passages_per_s"], "raw_sample": raw["sample"],
            "ingest_vs_raw": round(rate / raw["passages_per_s"], 3) if raw["passages_per_s"] else None}


def profile_lines(summary: IngestSummary, profile: dict) -> list[str]:
    return ["", f"where the time went ({summary.embedded:,} passages embedded, precision {profile['precision']}):",
            *stage_table(summary.stages, summary.seconds),
            f"ingest {profile['ingest_passages_per_s']} passages/s; the model alone on {profile['raw_sample']:,} of "
            f"the same passages: {profile['raw_passages_per_s']} passages/s; ingest / raw "
            f"{profile['ingest_vs_raw']}"]


def _progress_printer():
    """A progress bar on a terminal, a plain line per batch in a log."""
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = None

        def on_tty(done: int, total: int) -> None:
            nonlocal bar
            bar = bar or tqdm(total=total, unit=" passages", desc="embedding", unit_scale=False)
            bar.update(done - bar.n)   # tqdm shows the rate and the time left
            if done >= total:
                bar.close()
        return on_tty
    return RateReporter(lambda line: print(f"ingest: {line}", file=sys.stderr, flush=True))


if __name__ == "__main__":
    sys.exit(main())
