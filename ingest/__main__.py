"""python -m ingest [--corpus DIR] [--json] [--rebuild]"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.base.settings import Settings, SettingsError
from ingest.catalog import CatalogError
from ingest.embedder import EmbedderError
from ingest.index import IndexStoreError
from ingest.pipeline import run_ingest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest",
                                     description="Load the essays in the corpus folder into the index.")
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: BOT_CORPUS_DIR or ./corpus)")
    parser.add_argument("--json", action="store_true", help="print one JSON summary object on stdout")
    parser.add_argument("--rebuild", action="store_true", help="drop the index and embed everything again")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env(**({"corpus_dir": args.corpus} if args.corpus else {}))
        if not settings.corpus_dir.is_dir():
            raise SettingsError(f"corpus folder {settings.corpus_dir} does not exist; "
                                "pass --corpus DIR or set BOT_CORPUS_DIR")
        summary = run_ingest(settings, rebuild=args.rebuild, progress=_progress_printer(),
                             log=lambda line: print(f"ingest: {line}", file=sys.stderr))
    except (SettingsError, CatalogError, EmbedderError, IndexStoreError) as exc:
        print(f"ingest: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(summary.to_json()))
    else:
        print(f"{summary.files} files ({summary.added} added, {summary.updated} updated, {summary.removed} removed, "
              f"{summary.unchanged} unchanged), {summary.chunks} chunks, {summary.embedded} embedded, "
              f"{summary.seconds:.1f} s")
        for skipped in summary.skipped:
            kept = " (kept its previous version)" if skipped.kept_previous else ""
            print(f"  skipped {skipped.file}: {skipped.reason}{kept}")
    return 0


def _progress_printer():
    """A progress bar on a terminal, a plain line per batch in a log."""
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = None

        def on_tty(done: int, total: int) -> None:
            nonlocal bar
            bar = bar or tqdm(total=total, unit="chunk", desc="embedding")
            bar.update(done - bar.n)
            if done >= total:
                bar.close()
        return on_tty
    return lambda done, total: print(f"ingest: embedded {done}/{total} chunks", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
