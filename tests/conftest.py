"""Shared fixtures: the real embedding model (loaded once), a copy of the bundled corpus, settings."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from bot.base.settings import REPO_ROOT, Settings  # noqa: E402
from ingest.embedder import Embedder  # noqa: E402

BUNDLED_CORPUS = REPO_ROOT / "corpus"
SEED_FILE = "000_2b8d790fec33eaad.txt"


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private copy of the bundled corpus that a test may edit."""
    target = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS, target)
    return target


@pytest.fixture
def settings(tmp_path: Path, corpus: Path) -> Settings:
    return Settings.from_env(environ={}, corpus_dir=corpus, index_dir=tmp_path / "index")


@pytest.fixture
def artifacts_dir() -> Path:
    path = REPO_ROOT / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory, embedder) -> Settings:
    """The bundled corpus ingested once for the session, in extractive mode (no model configured)."""
    from ingest.pipeline import run_ingest

    root = tmp_path_factory.mktemp("seed")
    corpus_dir = root / "corpus"
    shutil.copytree(BUNDLED_CORPUS, corpus_dir)
    seeded = Settings.from_env(environ={}, corpus_dir=corpus_dir, index_dir=root / "index")
    run_ingest(seeded, embedder)
    return seeded


@pytest.fixture(scope="session")
def extractive_bot(seed_index, embedder):
    from bot import Bot

    return Bot(seed_index, embedder=embedder)
