"""Prompt templates are files in prompts/, loaded by name and filled with str.format."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

PROMPT_NAMES = ("answer_system", "answer_user", "condense", "verify")   # every prompt the bot loads


class PromptError(FileNotFoundError):
    pass


@dataclass(frozen=True)
class Prompt:
    name: str
    template: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.template.encode()).hexdigest()[:12]

    def render(self, **values: str) -> str:
        return self.template.format(**values)


def load_prompt(prompts_dir: Path, name: str) -> Prompt:
    path = prompts_dir / f"{name}.md"
    try:
        return Prompt(name, path.read_text(encoding="utf-8").strip() + "\n")
    except FileNotFoundError:
        raise PromptError(f"prompt {name!r} not found at {path}; "
                          "restore it from git or set the prompts folder") from None
