"""One settings object, read once from the environment and passed down."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS_DIR = REPO_ROOT / "corpus"
DEFAULT_INDEX_DIR = REPO_ROOT / ".index"
DEFAULT_PROMPTS_DIR = REPO_ROOT / "prompts"
DEFAULT_EMBEDDING_MODEL = "all-MiniLM-L6-v2"
DEFAULT_CHUNK_TOKENS = 128
DEFAULT_CHUNK_OVERLAP_TOKENS = 32   # about one sentence: SentenceSplitter overlaps whole sentences only
DEFAULT_TOP_K = 5
DEFAULT_CONTEXT_TOKENS = 3000
DEFAULT_REQUEST_TIMEOUT_S = 60.0
DEFAULT_MAX_QUESTION_CHARS = 2000
DEFAULT_MAX_ANSWER_TOKENS = 512
# The page, from measurements on 2 cores (README, "Performance"): processes that answer (0: the page's own,
# BOT_CONCURRENCY answers at once; N: N processes, one answer each), and questions allowed to wait beyond
# those; one more gets "busy, try again".
DEFAULT_ANSWER_PROCESSES = 2
DEFAULT_CONCURRENT_ANSWERS = 2
DEFAULT_QUEUE_SIZE = 32
# Calibrated on evals/questions.yaml (README, "Evaluation"): the best sentence must score this much.
DEFAULT_EXTRACTIVE_THRESHOLD = 0.35
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


Verification = Literal["nli", "rules", "model", "off"]
VERIFICATIONS: tuple[Verification, ...] = ("nli", "rules", "model", "off")
# hybrid: dense and BM25 fused (the default); dense or bm25 alone: for measuring what each input gives
RetrieverKind = Literal["hybrid", "dense", "bm25"]
RETRIEVERS: tuple[RetrieverKind, ...] = ("hybrid", "dense", "bm25")
# auto: bfloat16 where the processor runs it natively (AVX-512 BF16, AMX), else float32
EmbedPrecision = Literal["auto", "bf16", "fp32"]
EMBED_PRECISIONS: tuple[EmbedPrecision, ...] = ("auto", "bf16", "fp32")


class SettingsError(ValueError):
    """A setting has a value the bot cannot use; the message names the variable and the fix."""


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = DEFAULT_CORPUS_DIR
    index_dir: Path = DEFAULT_INDEX_DIR
    prompts_dir: Path = DEFAULT_PROMPTS_DIR
    chroma_url: str | None = None
    embedding_model: str = DEFAULT_EMBEDDING_MODEL
    chunk_tokens: int = DEFAULT_CHUNK_TOKENS
    chunk_overlap_tokens: int = DEFAULT_CHUNK_OVERLAP_TOKENS
    top_k: int = DEFAULT_TOP_K
    context_tokens: int = DEFAULT_CONTEXT_TOKENS
    model: str | None = None
    openai_base_url: str | None = None
    # repr=False: the key must never show up in a repr, a log line or an error message.
    openai_api_key: str | None = field(default=None, repr=False)
    request_timeout_s: float = DEFAULT_REQUEST_TIMEOUT_S
    auth: str | None = field(default=None, repr=False)   # BOT_AUTH=user:password for the page
    max_question_chars: int = DEFAULT_MAX_QUESTION_CHARS
    max_answer_tokens: int = DEFAULT_MAX_ANSWER_TOKENS
    extractive_threshold: float = DEFAULT_EXTRACTIVE_THRESHOLD
    concurrent_answers: int = DEFAULT_CONCURRENT_ANSWERS
    queue_size: int = DEFAULT_QUEUE_SIZE
    answer_processes: int = DEFAULT_ANSWER_PROCESSES
    verify: Verification = "nli"     # how citations are checked: off < rules < nli (+ entailment model) < model
    strict: bool = False             # leave out sentences their passages do not support
    retriever: RetrieverKind = "hybrid"
    embed_precision: EmbedPrecision = "auto"
    data_dir: Path | None = None     # the page's conversations and ratings (SQLite); None: the index folder
    uploads: bool | None = None      # essays added from the page; None: on for loopback or a login, else off

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read every BOT_* / OPENAI_* variable once; keyword overrides win over the environment."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        if env.get("BOT_CORPUS_DIR"):
            values["corpus_dir"] = Path(env["BOT_CORPUS_DIR"]).expanduser()
        if env.get("BOT_INDEX_DIR"):
            values["index_dir"] = Path(env["BOT_INDEX_DIR"]).expanduser()
        if env.get("BOT_CHROMA_URL"):
            values["chroma_url"] = env["BOT_CHROMA_URL"]
        if env.get("BOT_MODEL"):
            values["model"] = env["BOT_MODEL"]
        if env.get("OPENAI_BASE_URL"):
            values["openai_base_url"] = env["OPENAI_BASE_URL"]
        if env.get("BOT_DATA_DIR"):
            values["data_dir"] = Path(env["BOT_DATA_DIR"]).expanduser()
        if env.get("BOT_AUTH"):
            if any(":" not in login or login.startswith(":") for login in env["BOT_AUTH"].split(",")):
                raise SettingsError("BOT_AUTH must look like user:password (several logins: "
                                    "user:password,user2:password2)")
            values["auth"] = env["BOT_AUTH"]
        if env.get("OPENAI_API_KEY"):
            values["openai_api_key"] = env["OPENAI_API_KEY"]
        for var, name in (("BOT_TOP_K", "top_k"), ("BOT_CONTEXT_TOKENS", "context_tokens"),
                          ("BOT_MAX_ANSWER_TOKENS", "max_answer_tokens"),
                          ("BOT_CONCURRENCY", "concurrent_answers"), ("BOT_QUEUE_SIZE", "queue_size")):
            if env.get(var):
                values[name] = _positive_int(var, env[var])
        if env.get("BOT_ANSWER_PROCESSES"):
            values["answer_processes"] = _positive_int("BOT_ANSWER_PROCESSES", env["BOT_ANSWER_PROCESSES"],
                                                       allow_zero=True)
        for var, name, choices, fix in (
                ("BOT_VERIFY", "verify", VERIFICATIONS, "set it to nli (the default), rules, model or off"),
                ("BOT_RETRIEVER", "retriever", RETRIEVERS, "leave it unset for hybrid retrieval"),
                ("BOT_EMBED_PRECISION", "embed_precision", EMBED_PRECISIONS, "leave it unset for auto")):
            if env.get(var):
                if env[var] not in choices:
                    raise SettingsError(f"{var}={env[var]!r} is not one of {', '.join(choices)}; {fix}")
                values[name] = env[var]
        if env.get("BOT_UPLOADS"):
            if env["BOT_UPLOADS"] not in ("on", "off"):
                raise SettingsError(f"BOT_UPLOADS={env['BOT_UPLOADS']!r} is not on or off; leave it unset for "
                                    "uploads on loopback or behind BOT_AUTH only")
            values["uploads"] = env["BOT_UPLOADS"] == "on"
        if env.get("BOT_STRICT"):
            if env["BOT_STRICT"] not in ("0", "1"):
                raise SettingsError(f"BOT_STRICT={env['BOT_STRICT']!r} is not 0 or 1; set 1 to leave out "
                                    "unsupported sentences")
            values["strict"] = env["BOT_STRICT"] == "1"
        if env.get("BOT_TIMEOUT_S"):
            values["request_timeout_s"] = float(_positive_int("BOT_TIMEOUT_S", env["BOT_TIMEOUT_S"]))
        values.update(overrides)
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed (tests and the evaluation harness use this)."""
        return replace(self, **changes)

    @property
    def logins(self) -> list[tuple[str, str]]:
        """The page's (user, password) pairs from BOT_AUTH; empty when the page has no login."""
        if not self.auth:
            return []
        return [(user, password) for user, _, password in (item.partition(":") for item in self.auth.split(","))]

    def uploads_allowed(self, host: str) -> bool:
        """Whether the page served on host takes essays: BOT_UPLOADS, else yes on loopback or with a login."""
        if self.uploads is not None:
            return self.uploads
        return host in LOOPBACK_HOSTS or bool(self.auth)

    @property
    def page_data_path(self) -> Path:
        """The SQLite file of the page's conversations and ratings."""
        return (self.data_dir or self.index_dir) / "page.sqlite3"

    @property
    def generative(self) -> bool:
        """True when an OpenAI-compatible endpoint is configured."""
        return bool(self.model and (self.openai_base_url or self.openai_api_key))


def _positive_int(var: str, raw: str, allow_zero: bool = False) -> int:
    wanted = "a whole number of 0 or more" if allow_zero else "a positive integer"
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{var}={raw!r} is not a whole number; set it to {wanted}") from None
    if value < 0 or value == 0 and not allow_zero:
        raise SettingsError(f"{var}={value} is out of range; set it to {wanted}")
    return value
