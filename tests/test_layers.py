"""Imports run one way: front ends -> core -> retrieval and answering -> ingest -> base."""
import ast
import subprocess
import sys
from pathlib import Path

import pytest

from bot.base.settings import REPO_ROOT

# Highest layer first; a module may import its own layer and the ones below it, never one above.
LAYERS = {
    "front ends": ["bot", "bot.__main__", "bot.cli", "bot.page", "bot.page_security", "bot.page_store",
                   "bot.page_conversations", "bot.page_uploads", "bot.page_essays", "bot.render", "bot.evaluate",
                   "bot.bench", "ingest.__main__"],
    "core": ["bot.core", "bot.answer_processes"],
    "retrieval and answering": ["bot.retrieval", "bot.extractive", "bot.answer_kinds", "bot.generative", "bot.citations",
                                "bot.condense", "bot.history", "bot.question", "bot.packing", "bot.prompts",
                                "bot.sentences", "bot.word_senses", "bot.vector_cache", "bot.grounding", "bot.verify", "bot.entailment",
                                "bot.collection"],
    "ingest and index": ["ingest"],
    "base": ["bot.base"],
}


def layer_of(module: str) -> int:
    """The index of the layer holding module: the longest listed name that is it or a package above it."""
    best, best_len = None, -1
    for rank, names in enumerate(LAYERS.values()):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > best_len:
                best, best_len = rank, len(name)
    if best is None:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS")
    return best


def project_modules() -> dict[str, Path]:
    modules = {}
    for package in ("bot", "ingest"):
        for path in sorted((REPO_ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def imports_of(path: Path) -> set[str]:
    """Every project module a file imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name.split(".")[0] in ("bot", "ingest")}


@pytest.mark.parametrize("module", sorted(project_modules()))
def test_no_module_imports_a_layer_above_its_own(module):
    modules = project_modules()
    mine = layer_of(module)
    above = sorted(name for name in imports_of(modules[module]) if name in modules and layer_of(name) < mine)
    assert above == [], f"{module} ({list(LAYERS)[mine]}) imports {above} from a layer above it"


def test_importing_ingest_loads_no_answering_code():
    loaded = subprocess.run([sys.executable, "-c", "import sys, ingest, ingest.pipeline; "
                             "print(' '.join(m for m in sys.modules if m.startswith('bot')))"],
                            capture_output=True, text=True, check=True, cwd=REPO_ROOT).stdout.split()
    assert loaded and all(name == "bot" or name.startswith("bot.base") for name in loaded), loaded


def test_every_module_is_in_a_layer():
    for module in project_modules():
        layer_of(module)
