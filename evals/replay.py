"""Replay stored runs with the code in this tree, offline: what a change to answering or checking would have done.

  python evals/replay.py answers OUT.jsonl RUN.jsonl... [--cache FILE]
      Re-answer (extractive mode) every question of each stored `bot.evaluate` run from the passages that run
      retrieved, and write one line per question: its id, refused, key facts found, the answer's text.
  python evals/replay.py answers OUT.jsonl RUN.jsonl... --set bot.extractive.answer.MAX_SENTENCES=4
      The same with a module constant of the tree set otherwise for this replay (repeat --set for several; also
      for claims): how a threshold or weight moves the figures, without editing the code.
  python evals/replay.py compare A.jsonl B.jsonl [-v]
      Totals of two replays over the questions both hold (key facts, false refusals, unanswerable answered)
      and how many answers changed; -v prints each change.
  python evals/replay.py claims OUT.json [--first]
      Re-judge the latest stored run of every claim set in evals/claims-runs (with --first, the first runs):
      each claim against the passage it cited, by the rules and then the entailment model's re-reading, as
      BOT_VERIFY=nli does. OUT holds each claim's verdict; `compare-claims A.json B.json` lists the claims
      whose verdict moved.

Follow-ups (questions with history) are left out, and the replay has no page-title or collection lookups and
weighs words by their document frequency over the run's stored passages, not the whole corpus: live runs
differ a little. The numbers the README calls "offline" come from this script. --cache keeps the sentence
vectors between replays (a first replay of every run embeds ~100k sentences: minutes; later ones seconds).
"""
from __future__ import annotations

import argparse
import ast
import importlib
import json
import os
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.base.records import DocumentMeta, Passage  # noqa: E402
from bot.evaluate.metrics import key_fact_recall  # noqa: E402

CLAIM_RUNS = Path(__file__).resolve().parent / "claims-runs"
_RUN_NAME = re.compile(r"(?P<set>.*?)-(?:first-run|after-set-(?P<after>\d+))$")
_CLAIM_SET = re.compile(r"heldout(?:-\d+)?|tuned")   # the sets; other names are one-off variants


def _passage(stored: dict) -> Passage:
    meta = stored["meta"]
    return Passage(n=stored["n"], chunk_id=stored["chunk_id"], doc_id=stored["doc_id"],
                   meta=DocumentMeta(title=meta.get("title"), authors=tuple(meta.get("authors") or ()),
                                     url=meta.get("url"), date=meta.get("date"), collection=meta.get("collection"),
                                     publisher=meta.get("publisher")),
                   section=stored["section"], page=stored["page"], text=stored["text"], start=stored["start"],
                   end=stored["end"], score=stored["score"], similarity=stored["similarity"])


def replay_answers(out: Path, runs: list[Path], cache: Path | None) -> None:
    from bot.extractive import extract_answer
    from bot.sentences import TermWeights
    from bot.vector_cache import CachedEmbedder
    from ingest.embedder import Embedder
    from ingest.lexical import _tokenize_strings

    embedder = CachedEmbedder(Embedder(), capacity=10_000_000)
    if cache and cache.exists():
        embedder._vectors.update(pickle.loads(cache.read_bytes()))
    with out.open("w", encoding="utf-8") as sink:
        for run in runs:
            records = [json.loads(line) for line in run.open(encoding="utf-8")]
            config = records[0]
            answers = [r for r in records if r.get("type") == "answer"]
            texts = {p["chunk_id"]: p["text"] for r in answers for p in r["answer"]["passages"]}
            frequencies = Counter(term for text in texts.values() for term in set(_tokenize_strings([text])[0]))
            weights = TermWeights.from_document_frequencies(dict(frequencies), max(len(texts), 1))
            for record in answers:
                question = record["question"]
                if question.get("history"):
                    continue
                passages = [_passage(p) for p in record["answer"]["passages"]]
                text, refused = "", True
                if passages:
                    text, refused, _ = extract_answer(question["question"], passages, embedder,
                                                      config.get("extractive_threshold", 0.35), weights)
                found = None
                if question["answerable"]:
                    found = round(key_fact_recall(text, question["key_facts"], refused) * len(question["key_facts"]))
                # a run is known by its last folders, so that replays made in two worktrees line up
                sink.write(json.dumps({"run": "/".join(run.resolve().parts[-3:]), "id": question["id"],
                                       "question": question["question"],
                                       "answerable": question["answerable"], "refused": refused, "facts": found,
                                       "key_facts": len(question["key_facts"]), "text": text}) + "\n")
    if cache and embedder.misses:
        cache.write_bytes(pickle.dumps(dict(embedder._vectors)))


def compare_answers(first: Path, second: Path, verbose: bool) -> None:
    def load(path: Path) -> dict[tuple[str, str], dict]:
        return {(r["run"], r["id"]): r for r in map(json.loads, path.open(encoding="utf-8"))}

    a, b = load(first), load(second)
    common = sorted(a.keys() & b.keys())
    for name, replay in (("A", a), ("B", b)):
        rows = [replay[k] for k in common]
        answerable = [r for r in rows if r["answerable"]]
        unanswerable = [r for r in rows if not r["answerable"]]
        print(f"{name}: key facts {sum(r['facts'] for r in answerable)} of {sum(r['key_facts'] for r in answerable)}, "
              f"false refusals {sum(r['refused'] for r in answerable)} of {len(answerable)}, unanswerable answered "
              f"{sum(not r['refused'] for r in unanswerable)} of {len(unanswerable)}")
    changed = [k for k in common if (a[k]["text"], a[k]["refused"]) != (b[k]["text"], b[k]["refused"])]
    words = [sum(len(replay[k]["text"].split()) for k in common) for replay in (a, b)]
    print(f"{len(changed)} answers changed; words {words[0]} -> {words[1]}")
    for k in changed if verbose else []:
        print(f"--- {k[1]} ({'answerable' if a[k]['answerable'] else 'unanswerable'}) facts {a[k]['facts']} -> "
              f"{b[k]['facts']}, refused {a[k]['refused']} -> {b[k]['refused']}: {a[k]['question']}\n"
              f"  A: {a[k]['text'][:400]}\n  B: {b[k]['text'][:400]}")


def _claim_runs(first_only: bool) -> dict[str, Path]:
    """Each claim set's latest stored run (highest "after-set-N"), or its first."""
    latest: dict[str, tuple[int, Path]] = {}
    for path in CLAIM_RUNS.glob("*.jsonl"):
        m = _RUN_NAME.match(path.stem)
        name = m.group("set") if m else path.stem
        order = int(m.group("after") or 0) if m else -1
        if not _CLAIM_SET.fullmatch(name) or (first_only and not (m and m.group("after") is None)):
            continue
        if name not in latest or order > latest[name][0]:
            latest[name] = (order, path)
    return {name: path for name, (_, path) in sorted(latest.items())}


def rejudge_claims(out: Path, first_only: bool) -> None:
    from bot.citations import check_citations
    from bot.entailment import reread
    from bot.grounding import forget_read_texts

    verdicts = {}
    for name, path in _claim_runs(first_only).items():
        for record in map(json.loads, path.open(encoding="utf-8")):
            if not record.get("source_found") or not record.get("passage"):
                continue
            text = record["passage"]
            # the passage's heading and its essay's title, which the check reads too (runs from the twelfth
            # session on keep them)
            cited = Passage(n=1, chunk_id="c1", doc_id="d", meta=DocumentMeta(title=record.get("title") or "T"),
                            section=record.get("section"), page=None, text=text, start=0, end=len(text), score=1.0,
                            similarity=None)
            forget_read_texts()
            checked = reread(check_citations(f"{record['claim']} [1]", [cited]).verdicts)
            verdicts[f"{name}/{record['id']}"] = {"faithful": record["faithful"], "claim": record["claim"],
                                                  "accepted": bool(checked) and checked[0].status == "supported",
                                                  "reason": checked[0].reason if checked else None}
    out.write_text(json.dumps(verdicts), encoding="utf-8")
    distortions = [v for v in verdicts.values() if not v["faithful"]]
    faithful = [v for v in verdicts.values() if v["faithful"]]
    print(f"distortions accepted {sum(v['accepted'] for v in distortions)} of {len(distortions)}, faithful "
          f"rejected {sum(not v['accepted'] for v in faithful)} of {len(faithful)}")


def compare_claims(first: Path, second: Path) -> None:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    for key in sorted(a.keys() & b.keys()):
        if a[key]["accepted"] != b[key]["accepted"]:
            right = b[key]["accepted"] == b[key]["faithful"]
            kind = "faithful" if b[key]["faithful"] else "distortion"
            print(f"{'better' if right else 'worse '} {key} ({kind}): {b[key]['claim'][:160]} | {b[key]['reason']}")


def set_constant(assignment: str) -> None:
    """"bot.extractive.answer.MAX_SENTENCES=4": set that module constant, for this process, to the literal given.
    Only where it is read from its module (a name another module imported from it keeps its value there)."""
    name, _, literal = assignment.partition("=")
    module_name, _, constant = name.strip().rpartition(".")
    try:
        module = importlib.import_module(module_name)
        value = ast.literal_eval(literal.strip())
    except (ImportError, ValueError, SyntaxError) as error:
        sys.exit(f"--set {assignment}: give MODULE.CONSTANT=LITERAL, as in "
                 f"bot.extractive.answer.MAX_SENTENCES=4 ({error})")
    if not hasattr(module, constant):
        sys.exit(f"--set {assignment}: {module_name} has no constant {constant}; see that module for its names")
    setattr(module, constant, value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    answers = commands.add_parser("answers")
    answers.add_argument("out", type=Path)
    answers.add_argument("runs", type=Path, nargs="+")
    answers.add_argument("--cache", type=Path)
    compare = commands.add_parser("compare")
    compare.add_argument("first", type=Path)
    compare.add_argument("second", type=Path)
    compare.add_argument("-v", "--verbose", action="store_true")
    claims = commands.add_parser("claims")
    claims.add_argument("out", type=Path)
    claims.add_argument("--first", action="store_true")
    for replaying in (answers, claims):
        replaying.add_argument("--set", action="append", default=[], dest="constants",
                               metavar="MODULE.CONSTANT=VALUE")
    compare_c = commands.add_parser("compare-claims")
    compare_c.add_argument("first", type=Path)
    compare_c.add_argument("second", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    for assignment in getattr(args, "constants", []):
        set_constant(assignment)
    if args.command == "answers":
        replay_answers(args.out, args.runs, args.cache)
    elif args.command == "compare":
        compare_answers(args.first, args.second, args.verbose)
    elif args.command == "claims":
        rejudge_claims(args.out, args.first)
    else:
        compare_claims(args.first, args.second)


if __name__ == "__main__":
    main()
