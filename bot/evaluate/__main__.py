"""python -m bot.evaluate --questions FILE [--corpus DIR] [--out DIR] [--json] [--k 5]
python -m bot.evaluate compare RUN_A RUN_B [--json]
python -m bot.evaluate claims FILE [--corpus NAME=DIR ...] [--out FILE] [--json]
python -m bot.evaluate feedback --export FILE [--data-dir DIR]"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.base.settings import REPO_ROOT, RETRIEVERS, Settings

DEFAULT_OUT = REPO_ROOT / "evals" / "latest"
SWEEP = [round(0.2 + 0.025 * i, 3) for i in range(13)]


def evaluate(settings: Settings, questions_file: Path, out: Path, k: int, embedder=None,
             tag: str | None = None) -> tuple[dict, dict]:
    """Run, store and score one evaluation (only the questions with tag, if given); returns (config, metrics)
    and writes run.jsonl and the reports."""
    from bot.core import Bot
    from bot.evaluate.questions import QuestionSetError, lint_questions, load_questions, questions_hash
    from bot.evaluate.report import make_plots, write_html, write_markdown
    from bot.evaluate.runner import (
        corpus_hash,
        corpus_texts,
        run_config,
        run_questions,
        score_run,
        threshold_sweep,
        write_run,
    )

    questions = [q for q in load_questions(questions_file) if tag is None or tag in q.tags]
    if not questions:
        raise QuestionSetError(f"no question in {questions_file} has the tag {tag!r}")
    texts = corpus_texts(settings.corpus_dir)
    problems = lint_questions(questions, texts)
    if problems:
        raise QuestionSetError("the question set does not match the corpus:\n  " + "\n  ".join(problems))
    # each corpus gets its own index, found again by content hash
    index_dir = settings.index_dir.with_name(f"{settings.index_dir.name}-eval-{corpus_hash(settings.corpus_dir)}")
    settings = settings.with_(index_dir=index_dir, top_k=k)
    from ingest.embedder import Embedder
    from ingest.pipeline import ensure_index

    embedder = embedder or Embedder(settings.embedding_model, settings.embed_precision)
    ensure_index(settings, embedder)   # incremental: nothing to do when the corpus and pipeline are unchanged
    bot = Bot(settings, embedder=embedder)
    bot.retrieve("warm up")          # load the model before any answer is timed
    out.mkdir(parents=True, exist_ok=True)
    config = run_config(bot, settings, questions_file, questions_hash(questions_file), k)
    records = write_run(out / "run.jsonl", config, run_questions(bot, questions, k))
    scores, metrics = score_run(records, list(texts.values()), k)
    sweep = threshold_sweep(records, SWEEP, settings.extractive_threshold) if bot.mode == "extractive" else []
    (out / "metrics.json").write_text(json.dumps(metrics, indent=1), encoding="utf-8")
    make_plots(scores, metrics, out)
    write_markdown(scores, metrics, config, sweep, out)
    write_html(scores, metrics, config, out)
    return config, metrics


def rescore(run: Path, corpus: Path | None) -> tuple[dict, list, dict]:
    """Score a stored run again (against the corpus it names, or another)."""
    from bot.evaluate.runner import corpus_texts, read_run, score_run

    config, records = read_run(run)
    stored = Path(config["corpus_dir"])
    texts = corpus_texts(corpus or (stored if stored.is_absolute() else REPO_ROOT / stored))
    scores, metrics = score_run(records, list(texts.values()), int(config.get("k", 5)))
    return config, scores, metrics


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from bot.evaluate.questions import QuestionSetError

    try:
        if argv and argv[0] == "compare":
            return compare_main(argv[1:])
        if argv and argv[0] == "claims":
            return claims_main(argv[1:])
        if argv and argv[0] == "feedback":
            return feedback_main(argv[1:])
        return run_main(argv)
    except (QuestionSetError, FileNotFoundError) as exc:
        print(f"evaluate: error: {exc}", file=sys.stderr)
        return 2


def run_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.evaluate", description="Evaluate the bot on a question set.")
    parser.add_argument("--questions", type=Path, required=True, help="the question set (YAML)")
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: BOT_CORPUS_DIR or ./corpus)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where run.jsonl and the reports go")
    parser.add_argument("--k", type=int, default=5, help="passages per answer, and the k of hit@k")
    parser.add_argument("--json", action="store_true", help="print the metrics as one JSON object")
    parser.add_argument("--tag", help="only the questions with this tag (e.g. batch-2)")
    parser.add_argument("--retriever", choices=RETRIEVERS,
                        help="hybrid (default), or dense or bm25 alone to measure what each input gives")
    args = parser.parse_args(argv)
    overrides = {"corpus_dir": args.corpus} if args.corpus else {}
    settings = Settings.from_env(**overrides, **({"retriever": args.retriever} if args.retriever else {}))
    _, metrics = evaluate(settings, args.questions, args.out, args.k, tag=args.tag)
    if args.json:
        print(json.dumps(metrics))
    else:
        print((args.out / "report.md").read_text(encoding="utf-8").split("## By tag")[0])
        print(f"full report: {args.out / 'report.html'}")
    return 0


def claims_main(argv: list[str]) -> int:
    from bot.evaluate.claims import five_sentence_check_ms, format_summary, load_claims, run_claims, summarize

    parser = argparse.ArgumentParser(prog="python -m bot.evaluate claims",
                                     description="Measure the citation check on a claim set.")
    parser.add_argument("claims", type=Path, help="the claim set (YAML), e.g. evals/claims.yaml")
    parser.add_argument("--corpus", action="append", default=[], metavar="NAME=DIR",
                        help="the folder of a corpus the claims name (bundled is corpus/ by default)")
    parser.add_argument("--out", type=Path, help="write every claim's record here (JSON lines)")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    args = parser.parse_args(argv)
    corpora = {"bundled": REPO_ROOT / "corpus"}
    for item in args.corpus:
        name, _, folder = item.partition("=")
        if not folder:
            parser.error(f"--corpus {item!r}: give NAME=DIR")
        corpora[name] = Path(folder)
    records = run_claims(load_claims(args.claims), corpora, Settings.from_env())
    summary = {**summarize(records), "check": five_sentence_check_ms(records)}
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    wrong = [r for r in records if r["source_found"] and r["accepted"] != r["faithful"]]
    print(json.dumps(summary) if args.json else format_summary(summary, wrong))
    return 0


def feedback_main(argv: list[str]) -> int:
    from bot.evaluate.feedback import export_feedback
    from bot.page_store import PageStore

    parser = argparse.ArgumentParser(prog="python -m bot.evaluate feedback",
                                     description="Write the answers rated on the page as a question set for review.")
    parser.add_argument("--export", type=Path, required=True, metavar="FILE", help="the question set to write (YAML)")
    parser.add_argument("--data-dir", type=Path, help="the page's data folder (default: BOT_DATA_DIR, else the index)")
    args = parser.parse_args(argv)
    settings = Settings.from_env(**({"data_dir": args.data_dir} if args.data_dir else {}))
    if not settings.page_data_path.exists():
        raise FileNotFoundError(f"no ratings at {settings.page_data_path}: rate answers on the page first, or "
                                "point --data-dir (BOT_DATA_DIR) at the page's data folder")
    written = export_feedback(PageStore(settings.page_data_path).ratings(), args.export)
    print(f"{written} rated question(s) written to {args.export}; review them before adding them to a set")
    return 0


def compare_main(argv: list[str]) -> int:
    from bot.evaluate.compare import compare_scores, format_comparison

    parser = argparse.ArgumentParser(prog="python -m bot.evaluate compare", description="Compare two stored runs.")
    parser.add_argument("run_a", type=Path)
    parser.add_argument("run_b", type=Path)
    parser.add_argument("--corpus", type=Path, help="score both against this corpus instead of the ones they name")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    config_a, scores_a, _ = rescore(args.run_a, args.corpus)
    _, scores_b, _ = rescore(args.run_b, args.corpus)
    result = compare_scores(scores_a, scores_b, int(config_a.get("k", 5)))
    print(json.dumps(result) if args.json else format_comparison(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
