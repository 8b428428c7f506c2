"""evals/replay.py --set: a sweep gives a module constant another value for the replay, and a wrong assignment is
refused with the form to write."""
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

import bot.extractive.answer as answer

REPLAY = Path(__file__).resolve().parent.parent / "evals" / "replay.py"


def _replay_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("replay_tool", REPLAY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_set_gives_the_constant_its_value_where_the_answer_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answer, "MAX_SENTENCES", answer.MAX_SENTENCES)    # put back after the test
    _replay_tool().set_constant("bot.extractive.answer.MAX_SENTENCES = 5")
    assert answer.MAX_SENTENCES == 5


@pytest.mark.parametrize("assignment, says", [
    ("bot.extractive.answer.MAX_SENTENCE=4", "bot.extractive.answer has no constant MAX_SENTENCE"),
    ("MAX_SENTENCES=4", "give MODULE.CONSTANT=LITERAL"),
    ("bot.extractive.answer.MAX_SENTENCES=four", "give MODULE.CONSTANT=LITERAL"),
    ("bot.no_such_module.LIMIT=1", "give MODULE.CONSTANT=LITERAL"),
])
def test_a_wrong_assignment_is_refused_with_the_form_to_write(assignment: str, says: str) -> None:
    with pytest.raises(SystemExit) as refused:
        _replay_tool().set_constant(assignment)
    assert says in str(refused.value)
