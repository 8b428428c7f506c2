"""The citation check reads for meaning: what flips or adds meaning is caught, paraphrase passes, and each
verdict says why, with the passage's words. (The claim sets in evals/ measure it; these pin each rule.)"""
import pytest

from bot.citations import check_citations, with_verdicts, without_unsupported
from bot.grounding import judge, split_claims
from bot.verify import parse_label
from tests.bot.fixtures import passage

FAQ = ("Before you can use aptitude to make an upgrade, you'll have to edit the sources.list file to set it up. "
       "It has all the latest and greatest software, and bugs are usually fixed swiftly. "
       "aptitude is the recommended package manager for Debian GNU/Linux systems.")
ESSAY = ("China is innovating with AI in public services at breathtaking speed. It is striding ahead in terms of "
         "its levels of investment. While it would not be replicable in a European context due to the regulatory "
         "environment, it is worth considering how regulatory sandboxes could be used. There is a need for "
         "transparency, so that algorithmic decision-making processes remain open and auditable. The Debian "
         "Project was created by Ian Murdock in 1993. The archives are updated twice every day. Debian includes "
         "more than 59100 software packages. Citizens should have a voice in decisions around data collection.")


@pytest.mark.parametrize("claim,status,says", [
    ("China is not innovating with AI in public services at breathtaking speed.", "contradicted", "not"),
    ("China's approach would be easily replicable in a European context.", "contradicted", "would not be"),
    ("Algorithmic decision-making processes should remain closed and secret.", "contradicted", "open"),
    ("China is falling behind in its levels of investment.", "contradicted", "ahead"),
    ("India is innovating with AI in public services at breathtaking speed.", "contradicted", "India"),
    ("The Debian Project was created by Ian Murdock in 1996.", "contradicted", "1993"),
    ("The Debian Project was created by Linus Torvalds in 1993.", "contradicted", "Murdock"),
    ("The archives are updated once every week.", "contradicted", "once"),
    ("Debian includes fewer than 59100 software packages.", "contradicted", "fewer"),
    ("All citizens must decide on data collection.", "not_stated", "all"),
    ("Regulatory sandboxes could be used because they are cheap.", "not_stated", "because they are cheap"),
    ("Data collection should have a voice in decisions around citizens.", "contradicted", "reversed"),
    ("The essays recommend banning facial recognition in European cities.", "not_stated", "words"),
], ids=["negation", "dropped-negation", "antonym", "antonym-2", "name", "year", "person", "frequency",
        "comparison", "quantifier", "cause", "roles", "unrelated"])
def test_a_distortion_is_caught_with_its_reason(claim, status, says):
    verdict = judge(claim, ESSAY)
    assert verdict.status == status, verdict
    assert says.lower() in verdict.reason.lower()
    assert verdict.evidence == "" or verdict.evidence in ESSAY


@pytest.mark.parametrize("claim,status,says", [
    ("Before upgrading with aptitude you might optionally edit the sources.list file.", "contradicted", "have to"),
    ("In unstable, bugs are usually fixed slowly.", "contradicted", "swiftly"),
    ("Synaptic is the recommended package manager for Debian GNU/Linux systems.", "not_stated", "Synaptic"),
], ids=["two-word-modal", "adverb-opposite", "first-word-name"])
def test_the_cases_the_first_held_out_run_missed_are_caught(claim, status, says):
    verdict = judge(claim, FAQ)
    assert verdict.status == status and says in verdict.reason, verdict


HISTORY = ("The Debian Project was officially founded by Ian Murdock on August 16th, 1993. Sam Hartman led "
           "Debian from April 2019 until April 2020. Jonathan Carter was elected in April 2020 and is our current "
           "leader. The Debian Project is a group of volunteers who produce a distribution composed entirely of "
           "free software. The development of Debian is open to all. Since the project aims to make software "
           "easily accessible throughout the globe, mirrors are needed. SPI was founded to help Debian and other "
           "organizations develop and distribute open hardware and software. When it began, Debian was the only "
           "distribution that was open for every developer to contribute. The primary purpose of the project is "
           "to create a distribution that lives up to the Linux name. Support for the m68k architecture was "
           "dropped in the Etch (Debian 4.0) release. The testing release is intended to become the next stable "
           "release. All CD manufacturers must honor the licenses, and many of the programs in Debian are licensed "
           "under the GPL. Editing this file is rarely needed. The Debian design process is open to ensure "
           "that the system is of the highest quality.")


@pytest.mark.parametrize("claim", [
    "The Debian Project was officially founded by Ian Murdock on August 16, 1993.",        # ordinal
    "Jonathan Carter was elected in April 2020 and is the current Debian leader.",         # a month is no actor
    "The volunteers produce a distribution built solely from free software.",              # entirely = solely
    "Debian development is open to everyone.",                                             # everyone = all
    "Mirrors are needed because the project aims to make software easily accessible throughout the globe.",
    "SPI was established so that Debian and other organizations could develop and distribute open software.",
    "In its early days, no distribution other than Debian let every developer contribute.",
    "Above all, the project sets out to create a distribution that lives up to the Linux name.",
    "Debian dropped support for the m68k architecture in the Etch release, Debian 4.0.",  # "Debian 4.0" is a release
    "Keeping its design process open ensures that the Debian system is of the highest quality.",   # no name
])
def test_the_paraphrases_held_out_sets_2_and_3_rejected_now_pass(claim):
    verdict = judge(claim, HISTORY)
    assert verdict.status == "supported", verdict


@pytest.mark.parametrize("claim,says", [
    ("Every program in Debian is licensed under the GPL.", "many"),          # "all" is about something else
    ("The testing release is certain to become the next stable release.", "intended"),
    ("Editing this file is frequently needed.", "rarely"),
])
def test_the_distortions_held_out_sets_2_and_3_let_through_are_caught(claim, says):
    verdict = judge(claim, HISTORY)
    assert verdict.status == "contradicted" and says in verdict.reason, verdict


GUIDE = ("A good approach is to wait for a reply for two weeks. Another way is to ask on the mailing list. "
         "Which mirror you choose is up to you. Translations are reviewed by the localisation team. "
         "You should test every upload in a clean chroot. Careless use of the archive is not tolerated. "
         "Old packages should not be kept around to save disk space. Some packages are signed by the buildd. "
         "Apart from the release manager, nobody may freeze the archive. The mirrors are run by volunteers, "
         "and uploads go to the queue to be checked.")


@pytest.mark.parametrize("claim,says", [
    ("A good approach is to wait for a reply for one week.", "counts 2"),        # "Another way", "one week"
    ("You must test every upload in a clean chroot.", "should"),                 # advice is not obligation
    ("Translations are reviewed by the release team.", "localisation team"),     # a name in lower case
    ("Above all, all packages are signed by the buildd.", "some"),               # the idiom's "all" only
])
def test_the_distortions_held_out_set_4_let_through_are_caught(claim, says):
    verdict = judge(claim, GUIDE)
    assert verdict.status == "contradicted" and says in verdict.reason, verdict


def test_a_purpose_whose_words_are_mostly_not_in_the_passage_is_not_stated():
    claim = "The mirrors are run by volunteers so that uploads are checked by paid staff."   # 2 of 4 words stated
    verdict = judge(claim, GUIDE)
    assert verdict.status == "not_stated" and "so that" in verdict.reason, verdict


@pytest.mark.parametrize("claim", [
    "Aside from the release manager, nobody may freeze the archive.",             # an opener, not a name
    "Old packages should be removed rather than kept around to save disk space.",  # a "no" in other words
    "Keeping old packages around to save disk space should be avoided.",
    "Which one of the mirrors you choose is up to you.",                          # "one" counts nothing
])
def test_the_paraphrases_held_out_set_4_rejected_now_pass(claim):
    verdict = judge(claim, GUIDE)
    assert verdict.status == "supported", verdict


@pytest.mark.parametrize("claim,text", [
    ("There are far more packages than developers.", "The number of packages is much larger than that of developers."),
    ("The summary should be no more than 60 characters long.", "The summary shouldn't be longer than 60 characters."),
    ("It matters that you can reach the author.", "It is important to be able to reach the author."),
    ("Regular tasks can be set up with these files.", "If your package requires regular tasks, you can use these files."),
    ("Mirroring isn't required, but offering a mirror anyway is a kind gesture.",     # the "not" ends at the comma
     "Although mirroring is not required, offering a mirror is a kind gesture."),
    ("Based on these tests, the tool works for most packages.",
     "On the basis of these tests, the tool works for most packages."),
    ("The name has to differ from the names of existing packages.", "The name must not be the same as existing packages."),
    ("The original archive is left out since it is unchanged.",
     "The original archive is left out, as it hasn't been changed."),
    ("Keeping the package name short is a good idea.",
     "It must not be the same as existing packages. It is a good idea to keep the package name short."),
], ids=["more-is-larger", "no-more-than", "able-is-can", "requires-a-thing", "clause", "based-on", "differ",
        "unchanged", "sentence-ends-a-negation"])
def test_the_paraphrases_held_out_set_5_rejected_now_pass(claim, text):
    verdict = judge(claim, text)
    assert verdict.status == "supported", verdict


@pytest.mark.parametrize("claim,text,says", [
    ("There are far fewer packages than developers.", "The number of packages is much larger than that of developers.",
     "larger"),
    ("You may optionally rebuild the package.", "Remember to rebuild the package properly.", "remember to"),
    ("The dh command is a core part of the cdbs tools.", "The dh command is a core part of the debhelper tools.",
     "debhelper tools"),
    ("Plugins are loaded with the dlopen mechanism.", "Plugins are loaded with the ld mechanism.", "ld mechanism"),
    ("The signature proves the files are yours by means of your private key.",
     "Sign the files with your private key. The signature proves the files are yours, using your public key.", "public"),
], ids=["fewer-than", "imperative", "rare-program", "rare-term", "the-other-sentence-s-word"])
def test_the_distortions_held_out_set_5_let_through_are_caught(claim, text, says):
    verdict = judge(claim, text)
    assert verdict.status == "contradicted" and says in verdict.reason, verdict


@pytest.mark.parametrize("claim,text", [
    ("Some people say that Emacs is the only program they need.",
     "Some people say that the only program they need is Emacs."),                       # "is" ends the roles
    ("Each group has the same name as its user.", "A group has the same name as its user."),   # generic "a"
    ("These commands are safe because they leave the configuration unchanged.",
     "These commands are safe since they do not change the configuration."),
    ("Too many packages duplicating one another's functions may clutter your system.",
     "Too many packages with duplicated functions may clutter your system."),
], ids=["copula", "generic-a", "leave-unchanged", "one-another"])
def test_the_paraphrases_held_out_set_6_rejected_now_pass(claim, text):
    verdict = judge(claim, text)
    assert verdict.status == "supported", verdict


@pytest.mark.parametrize("claim,text,says", [
    ("For performance reasons it is better not to write new parsers.",
     "For security reasons it is better not to write new parsers.", "security reasons"),
    ("You must log your shell activities.", "It is a good practice to log shell activities.", "good practice"),
    ("You must periodically check your packages.", "You should periodically check your packages.", "should"),
], ids=["reason-swapped", "advice-made-a-rule", "past-an-adverb"])
def test_the_distortions_held_out_set_6_let_through_are_caught(claim, text, says):
    verdict = judge(claim, text)
    assert verdict.status == "contradicted" and says in verdict.reason, verdict


@pytest.mark.parametrize("claim,text", [
    ("A well kept laptop can be far more secure than a locked server full of holes.",
     "The laptop can be much more secure (if well kept) than a locked server full of holes."),   # words between
    ("Updates came for all of the nearly twenty architectures.", "Updates came for all the twenty architectures."),
    ("Debian gives CVE names for every DSA since 1998.", "Debian gives CVE names for all DSAs since 1998."),
    ("By default it only refreshes the list.", "By default it will just refresh the list."),
    ("The module only works with programs built with its support.",
     "The module can do nothing unless programs are built with its support."),
    ("The key is distributed to everyone.", "The key is given out to the world and distributed."),
    ("The service comes installed by default since many programs, NFS among them, need it.",
     "The service is installed by default because it is needed for many programs, for example NFS."),
    ("A properly configured desktop is safer than a server whose software is badly configured.",
     "The desktop is safer than a server if the desktop is configured properly and the server's software is not."),
    ("Security is built in layers, and the firewall should be added last.",
     "Security is made of layers, and the firewall should be added last. A built-in firewall alone leaves a "
     "system open if there were no other hardening."),                         # one word does not bring its "no"
], ids=["words-between-more-and-than", "for-all", "every-for-all", "just-is-only", "nothing-unless",
        "everyone", "no-exchange", "adjective-participle", "one-word-neighbour"])
def test_the_paraphrases_held_out_set_7_rejected_now_pass(claim, text):
    verdict = judge(claim, text)
    assert verdict.status == "supported", verdict


def test_a_swap_of_who_does_what_is_still_caught():
    verdict = judge("XML is usually generated from LaTeX code using XSLT.",
                    "LaTeX code is usually generated from XML using XSLT.")
    assert verdict.status == "contradicted" and "who does what" in verdict.reason, verdict


@pytest.mark.parametrize("claim,text", [
    ("Small jobs get shorter and less frequent turns than large jobs.",
     "Large jobs run for longer and with more frequent turns than small jobs."),        # the other side of it
    ("Too long a wait can make the page feel less responsive than it should.",
     "If the wait is too long, the page may not appear as responsive as desired."),
    ("With more than 31,000 packages, Debian is the leader.", "Debian is the leader, with over 31,000 packages."),
    ("The team decides whether an account should be created.",
     "The team makes the decision on whether or not to create an account."),         # "or not" denies nothing
    ("Out of the box, the policy confines only a handful of exposed services.",
     "By default, this policy only restricts a few exposed services."),
    ("An upgrade should only be undertaken once all data has been backed up.",
     "An upgrade should not be attempted before all data has been backed up."),
    ("Thanks to Red Hat's backing, KVM has become the reference.",
     "With Red Hat actively backing it, KVM has become the reference."),
], ids=["converse", "not-as-as", "more-than-a-number", "whether-or-not", "only-floats", "not-before",
        "thanks-to"])
def test_the_paraphrases_held_out_set_8_rejected_now_pass(claim, text):
    verdict = judge(claim, text)
    assert verdict.status == "supported", verdict


@pytest.mark.parametrize("claim,text,says", [
    ("Small jobs get longer and more frequent turns than large jobs.",
     "Large jobs run for longer and with more frequent turns than small jobs.", "more frequent"),   # turned round
    ("You should read the notes before upgrading, since they list the packages to be removed.",
     "Since Debian evolves between releases, you should read the notes before upgrading.", "since they list"),
    ("The examiner reviews the information that the manager collected.",
     "The manager will review the information that the examiner collected, and decides.", "who does what"),
], ids=["comparison-turned-round", "comma-since-cause", "roles-further-off"])
def test_the_distortions_held_out_set_8_let_through_are_caught(claim, text, says):
    verdict = judge(claim, text)
    assert verdict.status in ("contradicted", "not_stated") and says in verdict.reason, verdict


@pytest.mark.parametrize("claim,text", [
    ("The script has to stop once an error occurs.", "The script must not continue after an error."),
    ("Both the administrator and each user should be able to pick an editor.",
     "The administrator and each user should have the possibility to choose an editor."),
    ("To make one real package the default, list it before the virtual one.",
     "To make a real package the default, list it before the virtual one."),
    ("These rules do not apply to shared libraries private to one package.",
     "Shared libraries private to one package are not covered by these rules."),   # denied in other words
    ("Because Debian offers many editors, each user should be able to pick one.",
     "Since there are many editors in Debian, each user should have the possibility to choose one."),
], ids=["once-as-a-conjunction", "both-and", "one-as-a", "negated-in-other-words", "because-opens"])
def test_the_paraphrases_held_out_set_9_rejected_now_pass(claim, text):
    verdict = judge(claim, text)
    assert verdict.status == "supported", verdict


def test_need_not_is_not_must_not():
    verdict = judge("A package that installs a desktop entry need not also install a menu entry.",
                    "If a package installs a desktop entry, it must not also install a menu entry.")
    assert verdict.status == "contradicted" and "must" in verdict.reason, verdict


def test_a_rare_word_the_passage_lacks_is_not_stated_unless_the_title_names_it():
    text = "The tools build most packages without intrusive changes."
    assert judge("The debhelper tools build most packages without intrusive changes.", text).status == "not_stated"
    assert judge("The debhelper tools build most packages without intrusive changes.", text,
                 context="debhelper: the tools").status == "supported"


@pytest.mark.parametrize("claim", [
    "China is innovating with AI in public services at breathtaking speed.",                  # verbatim
    "China is innovating very fast with AI in its public services.",                           # other words
    "It would not be replicable in a European context due to the regulatory environment.",
    "Transparency keeps algorithmic decision-making processes open and auditable.",
    "Ian Murdock created the Debian Project in 1993.",                                         # reordered
    "The Debian archives are updated two times a day.",                                        # number words
    "Citizens should have a say in decisions about data collection.",
    "It is worth considering how regulatory sandboxes could be used.",
])
def test_a_faithful_restatement_is_supported(claim):
    verdict = judge(claim, ESSAY)
    assert verdict.status == "supported", verdict
    assert verdict.evidence in ESSAY


def test_a_long_sentence_is_judged_claim_by_claim():
    assert split_claims("Debian is free software; it runs on many computer systems, but Linux provides only "
                        "its kernel.") == ["Debian is free software", "it runs on many computer systems",
                                           "Linux provides only its kernel."]
    verdict = judge("The archives are updated twice every day, but Debian includes fewer than 59100 packages.",
                    ESSAY)
    assert verdict.status == "contradicted" and "fewer" in verdict.reason


def test_every_sentence_gets_a_verdict_and_only_supported_ones_a_citation():
    p1 = passage(1, ESSAY)
    checked = check_citations("China is innovating with AI at breathtaking speed [1]. China is not innovating "
                              "with AI in public services at breathtaking speed [1]. Bananas are blue.", [p1])
    assert [v.status for v in checked.verdicts] == ["supported", "contradicted", "not_stated"]
    assert [c.n for c in checked.citations] == [1]
    assert checked.verdicts[1].n == 1 and "does not negate it" in checked.verdicts[1].reason
    assert checked.verdicts[2].reason == "it cites no passage"
    strict = without_unsupported(checked)
    assert strict.text == "China is innovating with AI at breathtaking speed [1]."
    assert strict.verdicts == checked.verdicts   # what was left out is still reported


def test_a_second_opinion_that_supports_a_sentence_gives_it_its_citation():
    p1 = passage(1, ESSAY)
    checked = check_citations("Beijing's bureaucrats adopt machine intelligence remarkably quickly [1].", [p1])
    assert checked.verdicts[0].status == "not_stated" and checked.citations == ()
    upgraded = with_verdicts(checked, [checked.verdicts[0].__class__(
        checked.verdicts[0].sentence, "supported", "the model judged it supported", checked.verdicts[0].evidence,
        1)], [p1])
    assert [c.n for c in upgraded.citations] == [1] and upgraded.unsupported_sentences == ()


@pytest.mark.parametrize("reply,label", [("supported", "supported"), ("Contradicted.", "contradicted"),
                                         ("not stated", "not_stated"), ("NOT_STATED\n", "not_stated"),
                                         ("I cannot tell", None), ("", None)])
def test_the_model_s_verdict_is_read_from_its_first_word_of_judgement(reply, label):
    assert parse_label(reply) == label


@pytest.mark.parametrize("claim,text", [
    # an "-ever" word or "Nowadays" opening a sentence names nothing
    ("Whichever mirror you pick, the archive is the same.", "The archive is the same on any mirror you pick."),
    ("Nowadays hardly anyone needs to pass options to the driver.",
     "It is quite rare nowadays that anyone needs to pass options to the driver."),
    # a bound in words is a quantity, not a comparison: "over a hundred" is "more than a hundred"
    ("The files hold values for more than a hundred settings.", "The files hold values for over a hundred settings.")])
def test_the_paraphrases_held_out_sets_10_and_11_rejected_now_pass(claim, text):
    assert judge(claim, text, "").status == "supported"


@pytest.mark.parametrize("claim,says", [
    ("The files hold values for fewer than a hundred settings.", "over a hundred"),
    # "is recommended" bears on its subject, before it: "mandatory" on the same subject says more
    ("Running the tests needs a clean chroot, and a fast disk is mandatory too.", "recommended")])
def test_a_bound_in_words_and_a_modal_adjective_on_its_subject_are_compared(claim, says):
    text = ("The files hold values for over a hundred settings. Running the tests requires a clean chroot and a "
            "fast disk is recommended.")
    verdict = judge(claim, text, "")
    assert verdict.status == "contradicted" and says in verdict.reason


@pytest.mark.parametrize("claim,text", [
    # a hyphenated compound's halves swap in a paraphrase: no one's role changed
    ("The guide is one place for all of the documentation related to the kernel.",
     "The guide is one place for all kernel-related documentation."),
    ("Programs expect three or more dot-separated version components.",
     "Programs expect at least 3 version components separated by dots.")])
def test_the_paraphrases_held_out_set_12_rejected_now_pass(claim, text):
    assert judge(claim, text, "").status == "supported"


@pytest.mark.parametrize("claim,text", [
    # a hyphenated name whose halves the passage states: "Debian-based" is "based on Debian"
    ("Tails is a Debian-based system for privacy.", "Tails is a system for privacy based on Debian."),
    # a bracket or a spaced dash ends what a negation bears on
    ("A build server can always be used as a desktop as well.",
     "This role also enables the desktop role (even if it is not chosen) - a build server can always serve as "
     "a desktop too."),
    # the antonym of a denied word restates the denial: "impossible" is "not possible"
    ("With a shorter key, logging in is impossible.", "With a shorter key, logging in will not be possible."),
    # "rather than X" denies X as "don't use X" does
    ("Install the plain desktop task rather than the school meta-packages.",
     "Don't use the school meta-packages; rather install the plain desktop task instead."),
    # a passive verb with its means ("through") keeps who does what
    ("If the key is changed through the web tool, every copy stays the same.",
     "Using the web tool to change the key ensures that every copy stays the same.")])
def test_the_paraphrases_held_out_set_13_rejected_now_pass(claim, text):
    assert judge(claim, text, "").status == "supported"


@pytest.mark.parametrize("claim,text,status,says", [
    # a modal adjective bears on its whole subject, however long
    ("Running only one backup daemon per host is recommended.", "You must run only one backup daemon per host!",
     "contradicted", "must"),
    # a purpose opening the sentence ("To avoid X, ...") is a purpose the passage must state
    ("To avoid overloading the database, stagger the nightly jobs.",
     "To avoid waking the operators, stagger the nightly jobs.", "not_stated", "overloading the database"),
    # a package name one part away from the passage's
    ("Report bugs against the edu-live-doc package.", "Report bugs against the edu-live-config package.",
     "contradicted", "edu-live-config")])
def test_the_distortions_held_out_set_13_let_through_are_caught(claim, text, status, says):
    verdict = judge(claim, text, "")
    assert verdict.status == status and says in verdict.reason


def test_a_purpose_the_passage_states_in_its_own_opening_passes():
    text = "To avoid waking the operators, stagger the nightly jobs."
    assert judge("To avoid waking the operators, the nightly jobs should be staggered.", text, "").status == "supported"


@pytest.mark.parametrize("claim,text,context,status,says", [
    # a program name with an underscore, one part off the passage's hyphenated one
    ("The old package provided the dh_make command.", "The old package provided the deb-make command.", "",
     "contradicted", "deb-make"),
    # a number in the essay's title ("Chapter 2") is no "twice" in the passage
    ("The archive holds roughly twice as many packages as there are maintainers.",
     "The archive holds several tens of times more packages than there are maintainers.", "Chapter 2. Basics",
     "not_stated", "twice"),
    # an adverb between "is" and a modal adjective: "is strictly mandatory" still bears on its subject
    ("Installing the helper scripts on the build host is strictly mandatory.",
     "The helper scripts should be installed on the build host.", "", "contradicted", "should")])
def test_the_distortions_held_out_set_14_let_through_are_caught(claim, text, context, status, says):
    verdict = judge(claim, text, context)
    assert verdict.status == status and says in verdict.reason


@pytest.mark.parametrize("claim,text", [
    # "may cause" states a cause as "because of" does
    ("Leaving the section unknown may make the build fail because of a checker error.",
     "If you leave the section unknown, the checker error may cause the build to fail."),
    # a negation denies the verb after it: "cannot handle X" says nothing against "detects X"
    ("Modified binary files are detected by the source tool, which lists them.",
     "While the patch tool cannot handle modified binary files, the source tool detects modified binary files "
     "and lists them.")])
def test_the_faithful_claims_held_out_set_14_and_earlier_rejected_now_pass(claim, text):
    assert judge(claim, text, "").status == "supported"


def test_an_intermediate_step_is_no_final_one_and_a_more_involved_process_no_simpler_one():
    """Sets 76 and 78: "used as an intermediate step" / "used as the final step"; "more involved" / "simpler"."""
    text = "The checksum is computed as an intermediate step. Finding the right order is more involved."
    assert judge("The checksum is computed as the final step.", text, "").status == "contradicted"
    assert judge("Finding the right order is simpler.", text, "").status == "contradicted"
    assert judge("The checksum is an intermediate step.", text, "").status == "supported"


def test_all_the_remaining_ones_are_the_rest_and_youll_want_to_is_advice():
    """Set 79: "the rest must be filters" / "all the remaining items must be filters"; "You'll usually want to open
    the searcher using a with statement" / "It is usually best to open a searcher in a with statement"."""
    text = "The first stage must be a reader and the rest must be writers."
    assert judge("The first stage must be a reader and all the remaining stages must be writers.", text, "").status \
        == "supported"
    assert judge("All stages must be writers.", text, "").status != "supported"
    advice = "You'll usually want to close the index with a with statement, so it is released in time."
    assert judge("It is usually best to close the index with a with statement.", advice, "").status == "supported"
    assert judge("You will want to close the index with a with statement.", advice, "").status == "supported"


def test_a_failure_the_passage_denies_is_not_restated_by_an_answer_that_says_it_fails():
    """Set 78: "This function never fails." / "... and the function fails with an exception when it is not"."""
    text = "The call returns a pair. It never fails, whatever the input."
    assert judge("The call fails with an error on bad input.", text, "").status == "contradicted"
    assert judge("The call does not fail, whatever the input.", text, "").status == "supported"


def test_not_being_able_to_do_a_thing_denies_the_thing():
    """Set 78: "after unsigning you won't be able to tell if it was unicode" / "you can still tell whether ..."."""
    text = "The value is encoded to bytes first. Afterwards you won't be able to tell if it was text or bytes."
    assert judge("Afterwards you can still tell whether it was text or bytes.", text, "").status == "contradicted"
    assert judge("Afterwards there is no telling whether it was text or bytes.", text, "").status != "contradicted"


def test_a_hyphened_name_and_verb_is_the_passages_name_and_verb_in_another_form():
    """Set 78: "Base64-encodes it" for "Base64 encode a string"; a key chord's short parts must still be there
    as they are ("C-u" is no "C" and any word in u)."""
    text = "Base64 encode a string of bytes or text. The resulting bytes are safe to use in URLs."
    assert judge("The helper Base64-encodes a string of bytes or text.", text, "").status == "supported"
    assert judge("Press C-u to encode the bytes.", "Press C-x to encode the bytes under the cursor.", "").status \
        != "supported"


def test_a_speed_penalty_is_a_slowing_not_a_speed():
    """Set 76: "Measurement imposes a speed penalty" / "Measuring code slows execution"; "fast" is still no "slow"."""
    text = "Measurement imposes a speed penalty, and the collected data must be kept in memory."
    assert judge("Measuring code slows execution and keeps the collected data in memory.", text, "").status == \
        "supported"
    fast = "Measurement is fast, and the collected data must be kept in memory."
    assert judge("Measuring code slows execution and keeps the collected data in memory.", fast, "").status == \
        "contradicted"


def test_sparing_someone_a_thing_restates_that_they_need_not_do_it():
    """Set 76: "so you don't have to coordinate with other .pth files" / "sparing you any coordination"."""
    text = "You can give the file any name you like, so you don't have to coordinate with other plugins."
    claim = "The file can be given whatever name you want, sparing you any coordination with other plugins."
    assert judge(claim, text, "").status == "supported"


def test_only_is_stated_by_a_compound_ending_in_only_on_the_same_word():
    """Set 76: "debugging-only code" / "code that exists only for debugging"; "read-only" still says no "only"
    of anything else."""
    text = "You may have test-only helpers that the build never ships; the tool can leave them out of its report."
    assert judge("Helpers that exist only for tests can be left out of the report.", text, "").status == "supported"
    assert judge("The tool reports only the helpers the build ships.", text, "").status != "supported"


def test_a_thing_alone_not_being_enough_asserts_no_only():
    text = "You cannot become a maintainer overnight: it takes more than skill."
    assert "alone" not in judge("Skill alone is not enough to become a maintainer.", text, "").reason


@pytest.mark.parametrize("claim,text", [
    # "non existing" is "does not exist": a negation the answer restates, not one it adds
    ("Pointing the cache at a folder that does not exist makes the tool start empty.",
     "If you want the tool to start empty, point its cache to a non existing folder."),
    # a name in capitals spelled out by the passage
    ("The alerts are sent to the IDS for review, for example by the night operator.",
     "The alerts are sent to the intrusion detection system for review, e.g. by the night operator.")])
def test_the_faithful_claims_held_out_set_15_rejected_now_pass(claim, text):
    assert judge(claim, text, "").status == "supported"


def test_capitals_are_not_read_as_the_initials_of_small_words():
    verdict = judge("The WC setting can be used to include staged changes.",
                    "A setting which can be used to include staged changes.", "")
    assert verdict.status != "supported" and "WC" in verdict.reason


@pytest.mark.parametrize("claim,text,says", [
    # two clauses trade their words: who is tried first and who is the fallback
    ("By default the mirror script syncs from the primary server and falls back to the local cache.",
     "By default it syncs from the local cache and falls back to the primary server.", "exchanged"),
    # a name put between the words that hold another name in the passage
    ("The special value HEAD selects the staged state of the tree.",
     "The special value INDEX selects the staged state of the tree, while HEAD names the branch tip.", "INDEX")])
def test_the_distortions_held_out_set_15_let_through_are_caught(claim, text, says):
    verdict = judge(claim, text, "")
    assert verdict.status == "contradicted" and says in verdict.reason


@pytest.mark.parametrize("claim,text", [
    ("Building the packages for arm64 or riscv64 takes about two hours on the build host.",
     "Building the packages for riscv64 or arm64 takes about two hours on the build host."),
    ("The tools read the name and email address they use from the shell variables.",
     "The tools read your email address and name to use from the shell variables.")])
def test_a_list_reordered_around_and_is_not_an_exchange(claim, text):
    assert judge(claim, text, "").status == "supported"


@pytest.mark.parametrize("claim,text,says", [
    # "requires X" obliges where the passage only recommends X
    ("The mail client requires an encrypted connection to the server.",
     "Using an encrypted connection to the server is strongly recommended.", "recommended"),
    # "might want to set up" advises setting up: "want" is seen through to the verb
    ("You must set up a static address on the router.", "You might want to set up a static address on the router.",
     "might")])
def test_the_distortions_held_out_set_16_let_through_are_caught(claim, text, says):
    verdict = judge(claim, text, "")
    assert verdict.status == "contradicted" and says in verdict.reason


def test_a_need_stated_by_requires_in_both_passes():
    text = "The mail client requires an encrypted connection to the server."
    assert judge("An encrypted connection to the server is required by the mail client.", text, "").status == "supported"


def test_a_sentence_that_points_back_brings_the_one_it_points_to():
    # "This allows" states the cause that "Thanks to this split" gives, with "split" from the sentence before
    text = "The chat service is split into two parts. This allows the core to stay online when the client is closed."
    verdict = judge("Thanks to this split, the core stays online when the client is closed.", text, "")
    assert verdict.status == "supported" and "split into two parts" in verdict.evidence


@pytest.mark.parametrize("claim,text", [
    # "only ... if" restates what the passage says must be done
    ("The tool only lets you rename a branch if you explicitly pass the force flag.",
     "Note that renaming a branch must be done explicitly with the force flag."),
    # a denial restated by "prevent": "won't break" for "prevent breaking"
    ("Pinning the version means that a later upgrade won't break the build.",
     "Pin the version to prevent a later upgrade from breaking the build.")])
def test_the_faithful_claims_held_out_set_17_rejected_now_pass(claim, text):
    assert judge(claim, text, "").status == "supported"


def test_only_is_still_not_stated_by_an_obligation_without_a_condition():
    assert judge("Only developers can sign uploads.", "Developers must sign uploads.", "").status == "not_stated"


@pytest.mark.parametrize("claim,text,says", [
    # the passage names both formats; the answer puts the one it contrasts with in the other's slot
    ("TOML is unsafe by default: loading TOML data from a stranger can run arbitrary code.",
     "Unlike TOML, shelve can store any object. It is unsafe by default: loading shelve data from a stranger "
     "can run arbitrary code.", "loading shelve data"),
    # an option for another option between the same words
    ("To keep the downloaded archives, pass -d before the target.",
     "To keep the downloaded archives, pass -k before the target.", "-k")])
def test_the_distortions_held_out_set_17_let_through_are_caught(claim, text, says):
    verdict = judge(claim, text, "")
    assert verdict.status == "contradicted" and says in verdict.reason


@pytest.mark.parametrize("claim,text", [
    # the same names in another order: nothing was put in another name's place
    ("The rsync tool can mirror whole trees.", "The Unix tool rsync can mirror whole trees."),
    ("Support for sparc was dropped in the Lenny release, Debian 5.0.",
     "Support for sparc was dropped in the Lenny (Debian 5.0) release, as the Debian Release Team asked.")])
def test_names_said_in_another_order_are_not_a_swap(claim, text):
    assert judge(claim, text, "").status == "supported"


@pytest.mark.parametrize("claim,text,says", [
    # an option's case is its meaning, though the quote matches with case folded
    ("If -f is given, the old file is replaced.", "If -F is given, the old file is replaced.", "-F"),
    # "reverse" dropped turns the order round
    ("The tool lists the entries in alphabetical order, a first.",
     "The entries are listed in reverse alphabetical order by default.", "reverse alphabetical"),
    # a bound of the same way with another number on the same thing
    ("Each pool holds at least one spare disk.", "Each pool holds zero or more spare disks.", "zero or more")])
def test_the_distortions_held_out_set_18_let_through_are_caught(claim, text, says):
    verdict = judge(claim, text, "")
    assert verdict.status == "contradicted" and says in verdict.reason


@pytest.mark.parametrize("claim,text", [
    # "the snapshot's recorded state" is "the state recorded in the snapshot": nobody acts on anybody
    ("The restored tree matches the snapshot's recorded state.", "The restored tree matches the state recorded in "
                                                                  "the snapshot."),
    # "only a subset" says no more than "a subset"
    ("The filter lets you mirror only a subset of the archive.", "The filter can be used to mirror a subset of "
                                                                  "the archive."),
    # "allowing" states the cause "because" gives
    ("Because a host can run several containers, you can test several releases at once.",
     "A host can run multiple containers, allowing you to test more than one release at once."),
    ("Typically, twelve or more mirrors answer each day.", "Typically, a dozen or more mirrors answer each day.")])
def test_the_faithful_claims_held_out_set_18_rejected_now_pass(claim, text):
    assert judge(claim, text, "").status == "supported"


def test_only_some_is_still_not_all():
    verdict = judge("Only some of the changes are lost at shutdown.", "All of the changes are lost at shutdown.", "")
    assert verdict.status != "supported"


@pytest.mark.parametrize("claim,text", [
    # "no matter what order" is "regardless of order": no denial
    ("The tally counts equal items no matter what order they come in.",
     "The tally counts equal items regardless of the order they come in."),
    # "its own newly created instance": a participle describing the instance, not an act of it
    ("Every job runs on its own newly created worker process.",
     "A new worker process is created for every job to run on."),
    # a passive whose agent comes after a few words still has its subject acted on; "by default" is no agent
    ("The cache is filled at start-up by the loader unless you pass --lazy.",
     "Unless the --lazy option is given, the loader will run to fill the cache at start-up."),
    ("Rust source files are treated as UTF-8 encoded by default.",
     "By default, Rust source files are treated as encoded in UTF-8."),
    # "every one of its keys" and "the original one": a pronoun "one" is no shared content word
    ("Saving a table as text turns every one of its keys into a string.",
     "Keys of a saved table are always strings. When a table is saved as text, all the keys of the table are "
     "coerced to strings. As a result, a table saved as text and read back may not equal the original one. "
     "That is, the result differs if the table has non-string keys.")])
def test_the_faithful_claims_held_out_set_19_rejected_now_pass(claim, text):
    assert judge(claim, text, "").status == "supported"


@pytest.mark.parametrize("claim,text,says", [
    # a name put in another's place at the end of a sentence
    ("When strict is false, the default, a missing key raises KeyMissingError.",
     "If strict is false (the default), a missing key raises LookupFailedError. If overwrite is false, "
     "KeyMissingError is raised when the key already exists.", "LookupFailedError"),
])
def test_the_distortions_held_out_set_19_let_through_are_caught(claim, text, says):
    verdict = judge(claim, text, "")
    assert verdict.status == "contradicted" and says in verdict.reason


@pytest.mark.parametrize("claim,text", [
    # the same two words, each still on its own thing, in another order
    ("Both plain and buffered readers keep a cache.", "Both buffered and plain readers keep a cache."),
    ("The old format suits archives and the new format suits streams.",
     "The new format suits streams, and the old format suits archives."),
    # a word the passage also uses elsewhere, put beside the same noun: a paraphrase that names the thing
    # from another side (a rule that called these swaps broke six faithful claims of sets 4-17)
    ("Install them on the build system too; nothing runs unless the system is set up as a live system.",
     "It is recommended that you also install them on your build system. It is safe to do so, as nothing in "
     "them runs unless the system is configured as a live system.")])
def test_words_in_another_order_on_the_same_things_are_not_a_swap(claim, text):
    assert judge(claim, text, "").status == "supported"


@pytest.mark.parametrize("claim,text,says", [
    # "exactly" on one side, a bound on the same count on the other
    ("The pattern requires at least n repeats of the previous group.",
     "Specifies that exactly n repeats of the previous group must match.", "exactly n repeats"),
    ("Each batch holds exactly ten records.", "Each batch holds up to ten records.", "up to ten records")])
def test_an_exact_count_is_not_a_bound(claim, text, says):
    verdict = judge(claim, text, "")
    assert verdict.status == "contradicted" and says in verdict.reason


def test_the_same_exact_count_in_other_words_passes():
    assert judge("Exactly n repeats of the previous group must match.",
                 "Specifies that exactly n repeats of the previous group must be matched.", "").status == "supported"


@pytest.mark.parametrize("claim,text,says", [
    # the sentence that says it names another; the answer's name is in the passage, but in another sentence
    ("Greta Lindqvist chaired the review board during the 2019 and 2020 audits.",
     "Greta Lindqvist wrote most of the audit checklists. Tomas Berg chaired the review board during the "
     "2019 and 2020 audits.", "Berg"),
    # names written with letters beyond ASCII are whole words, not "Dvo" and "k"
    ("Jiří Dvořák was the release manager for the 2.0 series.",
     "Jiří Dvořák wrote the installer. Anna Horák was the release manager for the 2.0 series.", "Horák"),
    ("When a queue is opened, its mode is set to APPEND, which keeps only the newest record.",
     "When a queue is opened, the mode is set to REPLACE (which keeps only the newest record). A queue "
     "reopened after a crash gets mode APPEND.", "REPLACE")])
def test_a_name_swapped_with_the_one_its_sentence_gives_is_caught(claim, text, says):
    verdict = judge(claim, text, "")
    assert verdict.status == "contradicted" and says.lower() in verdict.reason.lower()


@pytest.mark.parametrize("claim,text", [
    # the answer names the subject the passage gives in the sentence before, and keeps every name of its own
    ("Greta Lindqvist chaired the review board during the 2019 audit.",
     "Greta Lindqvist joined in 2018. She chaired the review board during the 2019 audit."),
    ("With APPEND mode, a queue keeps every record it is given.",
     "A queue opened in APPEND mode keeps every record it is given."),
    # a clause said otherwise around a name (the sentence's reason for the CSV writer's rule is the SQL API)
    ("When writing CSV data, a missing value is written out as an empty field.",
     "To make it easy to interface with modules which implement the SQL API, a missing value is written as an "
     "empty field. It also makes it easier to dump NULL values to CSV files.")])
def test_a_name_the_sentence_does_not_contest_is_no_swap(claim, text):
    assert judge(claim, text, "").status == "supported"


@pytest.mark.parametrize("claim,text,says", [
    # set 72's mk15: two backends, each given the other's words
    ("By default, the store will try to make use of memcached.client, and to use Redis instead the backend argument "
     "must be set.",
     "By default, the store will try to make use of Redis. To use memcached.client, the backend argument must be set.",
     "Redis"),
    # set 73's mk07: two functions of code, one taking the other's place ("the function ... is deprecated")
    ("The function load_all_rules() is deprecated, so load_rules() should be called instead.",
     "The function load_rules() is deprecated. Call load_all_rules() instead.", "load_rules()")])
def test_two_names_each_put_in_the_other_s_place_are_caught(claim, text, says):
    verdict = judge(claim, text, "")
    assert verdict.status == "contradicted" and says in verdict.reason


@pytest.mark.parametrize("claim,text", [
    # the two names change places in a paraphrase that keeps who does what
    ("The tunnel protocol is a proprietary VPN protocol from Contoso.",
     "The tunnel protocol is a proprietary Contoso protocol for VPN."),
    # one name is said again in its own place; the other moved to a clause of its own
    ("When it comes to configuration, the SCGI module is heavily based on the FastCGI module.",
     "The SCGI module is heavily based on the FastCGI when it comes to configuration."),
    ("Use load_rules() for one file and load_all_rules() for a folder.",
     "Use load_all_rules() for a folder and load_rules() for one file.")])
def test_names_that_change_places_without_trading_roles_are_no_swap(claim, text):
    assert judge(claim, text, "").status == "supported"


def test_a_function_named_as_a_call_is_a_name_even_when_it_is_an_english_word():
    verdict = judge("The filter() function now takes an optional strict flag.",
                    "The sorted() function now takes an optional strict flag.", "")
    assert verdict.status == "contradicted" and "sorted()" in verdict.reason
    assert judge("The open() function returns a file object.",
                 "A file object is returned by the open() function.", "").status == "supported"


def test_a_path_changed_where_every_word_of_it_is_in_the_passage_is_caught():
    passage_text = "I've saved this file to ~/.dput.d/scripts/arno.py. It is run before each upload."
    moved = judge("The example checker was saved to /etc/dput.d/scripts/arno.py.", passage_text)
    assert moved.status == "contradicted" and "~/.dput.d/scripts/arno.py" in moved.reason
    assert judge("The example checker was saved as ~/.dput.d/scripts/arno.py.", passage_text).status == "supported"
    assert judge("The checker lives in scripts/arno.py under ~/.dput.d.", passage_text).status == "supported"
    # "and/or" and a URL are no paths
    assert judge("It is run before each upload and/or after it.", passage_text).status != "contradicted"


def test_a_paraphrase_sharing_under_half_its_words_passes_and_a_claim_beside_the_topic_does_not():
    passage_text = "This can be very effective if you run a server, because it is not rebooted very often."
    assert judge("This approach can work very well on a server, since servers are not rebooted very often.",
                 passage_text).status == "supported"
    assert judge("A desktop machine should be rebooted every day to install its updates.",
                 passage_text).status == "not_stated"


def test_an_everyday_verb_opening_an_instruction_is_no_name():
    passage_text = "If you want an installation which should not be interruptible, do not set this flag."
    advice = judge("Leave this flag unset if you want an installation that cannot be interrupted.", passage_text)
    assert advice.status == "supported"
    # a name at the start is still a name
    assert judge("Ubuntu says to leave this flag unset if you want an installation that cannot be interrupted.",
                 passage_text).status != "supported"


@pytest.mark.parametrize("claim,text", [
    # a plural noun before "are" is the subject, not a verb whose sides could swap
    ("The usbhid-ups driver supports the newer Tripp Lite UPS models that comply with the standards.",
     "Newer standards-compliant Tripp Lite UPS models are supported by usbhid-ups."),
    # an everyday word before a name opens the sentence; the name's own words carry it
    ("Older Macs reportedly allowed a trick in which writing magic characters to /dev/adb enabled a server mode.",
     "Earlier Macs apparently supported a hack where you could cat magic characters at /dev/adb to enable a "
     "server mode."),
    # "so that ... can" says what it is for, not what is possible
    ("Pausing in the startup script so that the batteries can recharge is recommended.",
     "Pausing in your startup script to let the batteries recharge with the filesystems in a safe state is "
     "recommended."),
])
def test_the_faithful_claims_held_out_set_24_rejected_now_pass(claim, text):
    assert judge(claim, text, "").status == "supported"


def test_a_name_before_a_preposition_is_no_modifier_of_a_head_noun():
    # "upssched in" is not "live in": the rule for "the cdbs tools" / "the debhelper tools" needs a noun after
    verdict = judge("Keeping upssched in a program of its own saves resources.",
                    "Having it live in a separate program saves resources.", "Why is upssched a separate program?")
    assert verdict.status == "supported"
    assert judge("The cdbs tools build the package.", "The debhelper tools build the package.",
                 "").status != "supported"


def test_older_for_newer_is_an_antonym_even_where_it_opens_the_sentence():
    verdict = judge("Older GUI applications are not designed to run as privileged processes.",
                    "Newer GUI applications are not designed to run as privileged processes.", "")
    assert verdict.status == "contradicted" and "newer" in verdict.reason
    # and a name after an opening word is still checked
    assert judge("Older Dell machines allowed the trick.", "Earlier Macs allowed the trick.", "").status != "supported"


@pytest.mark.parametrize("claim,text,says", [
    # a share in words against one in figures
    ("postscreen blocks the zombies that send roughly half of all spam.",
     "postscreen blocks zombies that are responsible for about 90% of all spam.", "half"),
    # "most" says more than the passage's "some"
    ("Most mail servers sit behind a network address translator.",
     "Some mail servers are behind a network address translator and never see the client address.", "most"),
])
def test_a_share_or_a_quantifier_the_passage_does_not_give_is_caught(claim, text, says):
    verdict = judge(claim, text, "")
    assert verdict.status == "contradicted" and says in verdict.reason


@pytest.mark.parametrize("claim,text", [
    # "at once" is at the same time, not one time
    ("Postfix can be set up to run 1000 SMTP client processes at once, but you seldom want that many "
     "connections to one remote system.",
     "Although Postfix can be configured to run 1000 SMTP client processes at the same time, it is rarely "
     "desirable that it makes 1000 simultaneous connections to the same remote system."),
    # an acronym's plural is the acronym ("RFCs" for "RFC documents")
    ("As spammers learn to read the RFCs, protocol-oriented access controls lose their usefulness.",
     "Protocol-oriented access controls become less useful over time as spammers learn to read RFC documents."),
    # "half" names a share only where it is one; "most popular" is no quantifier
    ("Some of the most popular servers use it.", "It is used by some popular servers."),
    # "a single coherent whole" counts no more than "a coherent whole"
    ("Debian combines free software from all over the world into a single coherent whole.",
     "Debian brings together free software from around the world, integrating it into a coherent whole."),
    # the passage's "both" goes on with "and" (no count there), the answer's does not: the same "both"
    ("Both hooks can be used from Python code as well as from native code.",
     "Both are available from Python and native code, allowing applications to take advantage of them."),
    # "both because ..., and because ...": a long "both X and Y" counts nothing
    ("Logging matters for a load balancer, both because it is often wrongly blamed for the problems it reveals "
     "and because it sits at a critical point.",
     "Logging is important for a load balancer, first because it is often wrongly accused of causing the problems "
     "it reveals, and second because it is placed at a critical point."),
    # "doubling" is "twice"
    ("To estimate the file descriptors needed, take twice the maxconn value and add a few tens.",
     "A rough estimate consists in doubling the maxconn value and adding a few tens to get the file descriptors "
     "needed."),
    # "no more than one" is a bound, not a denial
    ("A proxy can reference no more than one stick-table.", "Only one stick-table may be referenced in a proxy."),
    # "almost all users" is "the vast majority of users", not "all users"
    ("Almost all users will never see such drops.", "For the vast majority of users, such drops will never happen."),
    # a cause the passage gives with "comes from"
    ("Because they are indexed with a binary tree, maps stay extremely fast.",
     "Another strength comes from the binary tree based indexation which makes maps extremely fast."),
    # "to allow for X" is the purpose "to cover for X"
    ("To allow for the odd measuring error, health checks commonly include a few retries.",
     "Health checks often involve a few retries to cover for occasional measuring errors."),
])
def test_the_faithful_claims_held_out_sets_25_and_26_rejected_now_pass(claim, text):
    assert judge(claim, text, "").status == "supported"


def test_a_short_sentence_that_denies_the_claim_counts_though_a_longer_one_shares_more_words():
    passage_text = ("postscreen does not inspect message content. Message content can vary from one delivery to "
                    "the next, especially with clients that also send legitimate email. Content is not a good "
                    "indicator for making is-a-zombie decisions based on single measurements, and that is the "
                    "problem that postscreen is focused on.")
    verdict = judge("postscreen inspects the message content to help decide whether a client is a zombie.",
                    passage_text, "")
    assert verdict.status == "contradicted" and verdict.evidence == "postscreen does not inspect message content."
    rules = "Each list is evaluated until some restriction gives PERMIT, REJECT or DEFER. The end of each list " \
            "is equivalent to a PERMIT result."
    assert judge("Reaching the end of a restriction list has the same effect as a REJECT result.", rules,
                 "").status == "contradicted"
    assert judge("Reaching the end of a list has the same effect as a PERMIT result.", rules,
                 "").status == "supported"
    # a sentence on something else that lacks the answer's "not" contradicts nothing
    assert judge("New hardware might not work with stable. Stable is tested.",
                 "Stable is well tested. New hardware might not work with stable.", "").status == "supported"


def test_high_for_low_is_an_antonym():
    verdict = judge("An idle ratio close to 100% means that the load is extremely high.",
                    "When the idle ratio is close to 100%, it means the load is extremely low.", "")
    assert verdict.status == "contradicted" and "low" in verdict.reason
    # "no longer" still denies, as "do not" does ("no more than" does not); the word it denies is the one after
    assert judge("Because new devices no longer have their firmware embedded, the host loads it.",
                 "Most new devices do not have the firmware embedded, so the host loads it.", "").status == "supported"
    dropped = judge("New devices have their firmware embedded.", "New devices no longer have their firmware embedded.",
                    "")
    assert dropped.status == "contradicted" and "drops the negation" in dropped.reason


@pytest.mark.parametrize("passage_text,changed,reason,restated", [
    # "not already publicly disclosed" denies "disclosed", the verb after the adverbs
    ("Any security issue reported that is not already publicly disclosed will have an embargo date.",
     "A reported security issue may be publicly disclosed before its embargo date.", "drops the negation",
     "Reported security issues not yet publicly disclosed get an embargo date."),
    # another default than the passage's, though the passage names both
    ("The ssh transport tunnels the connection. The transport is chosen by the URI scheme, with tls as the default "
     "if none is requested.", "The URI scheme picks the transport, and ssh is the default when none is requested.",
     "'tls' as the default", "The URI scheme picks the transport; the default is tls when none is requested."),
    # a default written in quotes, of two words
    ("If an action is not explicitly specified, it defaults to \"NO ACTION\". RESTRICT prohibits deleting the key.",
     "When no foreign key action is explicitly specified, it defaults to RESTRICT.", "'no action' as the default",
     "An action that is not specified explicitly defaults to \"NO ACTION\"."),
], ids=["negated-verb-after-adverbs", "another-default", "quoted-default"])
def test_a_changed_claim_is_caught_and_the_same_claim_restated_passes(passage_text, changed, reason, restated):
    verdict = judge(changed, passage_text, "")
    assert verdict.status == "contradicted" and reason in verdict.reason
    assert judge(restated, passage_text, "").status == "supported"


def test_a_preference_the_passage_states_with_rather_than_supports_better_than_the_same_way_round():
    passage_text = ("It is generally advisable to set the path in the Makefile rather than at runtime, because then "
                    "it is available from the start.")
    assert judge("Setting the path in the Makefile is better than setting it at runtime.", passage_text,
                 "").status == "supported"
    assert judge("Setting the path at runtime is better than setting it in the Makefile.", passage_text,
                 "").status == "contradicted"
    assert judge("Setting the path in the Makefile is faster than setting it at runtime.", passage_text,
                 "").status == "not_stated"      # a preference says nothing of speed


def test_a_word_done_again_restates_the_passages_re_word():
    passage_text = ("It is not necessary to do this when alias files are changed, because these are reread each time "
                    "they are used. The server starts retrying to fetch a proof before its current proof expires.")
    assert judge("Alias files need no such step when they change, because they are read again every time they are "
                 "used.", passage_text, "").status == "supported"
    assert judge("The server starts refetching a proof before its current proof expires.", passage_text,
                 "").status == "supported"
    assert judge("Alias files need no such step when they change, because they are cached every time they are "
                 "used.", passage_text, "").status == "not_stated"


def test_a_path_moved_to_another_thing_is_caught_in_the_sentence_that_says_the_claim():
    # both paths are in the evidence, each in its own sentence; the claim puts one where the other belongs
    passage_text = ("The central configuration space for all install clients is located on the install server in "
                    "/srv/fai/config and its subdirectories. This will be mounted by the install clients to "
                    "/var/lib/fai/config.")
    verdict = judge("The configuration space for all install clients is located on the install server in "
                    "/var/lib/fai/config.", passage_text, "")
    assert verdict.status == "contradicted" and "/srv/fai/config" in verdict.reason


@pytest.mark.parametrize("passage_text,faithful,changed,status", [
    # "INTEGER rather than" is no comparative "-er ... than"
    ('Note that a declared type of "FLOATING POINT" would give INTEGER affinity, not REAL affinity, due to the "INT" '
     'at the end of "POINT".', "A column declared as FLOATING POINT gets INTEGER rather than REAL affinity, because "
     "POINT ends in INT.", "A column declared as FLOATING POINT gets REAL affinity, because POINT ends in INT.",
     "contradicted"),
    # "X means that Y" states a cause
    ("The wal-index greatly improves the performance of readers, but the use of shared memory means that all readers "
     "must exist on the same machine.", "Because the wal-index uses shared memory, all readers have to be on the same "
     "machine.", "Because the wal-index uses a lock file, all readers have to be on the same machine.", "not_stated"),
    # "each other" quantifies nothing; "all" still does
    ("Also, for B-tree indexes, a freshly-constructed index is slightly faster to access than one that has been "
     "updated many times because logically adjacent pages are usually also physically adjacent in a newly built "
     "index.", "A fresh B-tree index is slightly faster to access than one updated many times, because pages that are "
     "logically next to each other are usually physically next to each other too.",
     "In a newly built index, all logically adjacent pages are physically adjacent.", "contradicted"),
], ids=["rather-than", "means-that", "each-other"])
def test_the_faithful_claims_held_out_sets_29_and_30_rejected_now_pass_and_a_changed_one_does_not(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "").status == "supported"
    assert judge(changed, passage_text, "").status == status


def test_a_condition_that_denies_something_denies_nothing_said_without_it():
    passage_text = ("When text data is inserted into a NUMERIC column, the storage class of the text is converted to "
                    "INTEGER or REAL (in order of preference) if the text is a well-formed integer or real literal, "
                    "respectively. If the TEXT value is not a well-formed integer or real literal, then the value is "
                    "stored as TEXT.")
    assert judge("Text that is a well-formed integer literal is converted to INTEGER when it is inserted into a "
                 "NUMERIC column.", passage_text, "").status == "supported"


@pytest.mark.parametrize("passage_text,faithful,changed,status", [
    # a relation that holds both ways: who stands on which side of "matched against" changes nothing
    ("Do NOT use mod_redirect to protect specific urls, as the original url passed from the client is matched "
     "against your rules.", "mod_redirect should not be relied on to protect specific URLs, since its rules are "
     "matched against the original URL as the client sent it.", "Use mod_redirect to protect specific URLs, since "
     "its rules are matched against the original URL as the client sent it.", "contradicted"),
    # "all the more so" quantifies nothing; "for all connections" does
    ("Keeping an idle connection open is cheaper than opening a new one, especially over TLS.",
     "Keeping an idle connection open is cheaper than opening a new one, all the more so over TLS.",
     "Keeping an idle connection open is cheaper than opening a new one, for all connections over TLS.", "not_stated"),
    # "symlinks" joins "symbolic links"; "hardlinks" is not in the passage
    ("You can use symbolic links to map several hostnames to the same directory.",
     "Several hostnames can be pointed at one directory by means of symlinks.",
     "Several hostnames can be pointed at one directory by means of hardlinks.", "not_stated"),
    # the answer names both modules where the passage names both; another module in that place is a swap
    ("The SCGI module is heavily based on the FastCGI when it comes to configuration.",
     "When it comes to configuration, the SCGI module is heavily based on the FastCGI module.",
     "When it comes to configuration, the SCGI module is heavily based on the CGI module.", "contradicted"),
    ("It is useful to set it for static files which should be cached aggressivly like images, stylesheets or "
     "similar.", "Setting it is useful for static files that should be cached aggressively, such as images.",
     "Setting it is useful for dynamic content that should be cached aggressively.", "contradicted"),
], ids=["matched-against", "all-the-more", "symlinks", "both-modules", "static-dynamic"])
def test_the_claims_held_out_set_31_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "").status == "supported"
    assert judge(changed, passage_text, "").status == status


@pytest.mark.parametrize("passage_text,faithful,changed,status", [
    # steps around "then" put the other way round
    ('Debian\'s policy specifies that all software should use "fcntl and then dotlock" locking.',
     "Debian's policy says all software should lock with fcntl first and then a dotlock.",
     "Debian's policy says all software should lock with a dotlock first and then fcntl.", "contradicted"),
    # "completely" says "entirely"; without it the passage says neither
    ("Alternate storage is completely transparent at the IMAP/POP level.",
     "Alternate storage is entirely transparent at the IMAP and POP level.",
     "Only alternate storage is transparent at the IMAP and POP level.", "not_stated"),
    # a sentence adverb before a name is no name in its place
    ("Unfortunately LMTP process currently needs to run as root.",
     "The Dovecot LMTP process has to run as root.", "The Postfix LMTP process has to run as root.", "not_stated"),
    # "lightens the load" for "increases the load"; the file a modifier names ("config" is "configuration")
    ("Disabling the attribute cache makes the performance worse and increases the load on the NFS server.",
     "Disabling the attribute cache makes performance worse and raises the load on the NFS server.",
     "Disabling the attribute cache makes performance worse but lightens the load on the NFS server.",
     "contradicted"),
], ids=["then-reversed", "completely", "sentence-adverb", "lightens"])
def test_the_claims_held_out_set_32_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "Dovecot").status == "supported"
    assert judge(changed, passage_text, "Dovecot").status == status


@pytest.mark.parametrize("passage_text,faithful,changed,status", [
    # a second condition ends the first's clause: "not already set" denies nothing of "sets ... for safe methods";
    # "only" restates a condition the passage puts on the same words
    ("The decorator sets the ETag and Last-Modified headers on the response if they are not already set by the "
     "view and if the request's method is safe (GET or HEAD).",
     "The decorator sets the ETag and Last-Modified headers only for safe request methods, that is GET or HEAD.",
     "The decorator sets the ETag and Last-Modified headers only for unsafe request methods such as POST.",
     "contradicted"),
    # what "will" happen "can"; the other way round is stronger than the passage
    ("Each member of recipient_list will see the other recipients in the To: field of the email message.",
     "Every address in recipient_list can see the other recipients in the To: field of the message.",
     "Every address in recipient_list cannot see the other recipients in the To: field of the message.",
     "contradicted"),
    # "for performance reasons" names the cause
    ("For performance reasons, checks are not run as part of the WSGI stack that is used in deployment.",
     "To avoid a performance cost, checks are not run in the WSGI stack used in deployment.",
     "To save disk space, checks are not run in the WSGI stack used in deployment.", "not_stated"),
    # "safe in the knowledge that" gives a reason
    ("Cryptographically signed values can be passed through an untrusted channel safe in the knowledge that any "
     "tampering will be detected.",
     "A cryptographically signed value can travel over an untrusted channel, since any tampering with it will be "
     "detected.",
     "A cryptographically signed value can travel over an untrusted channel, since it is encrypted.", "not_stated"),
    # "exceeds" is "higher than"
    ("If the log level of the message meets or exceeds the log level of the logger itself, the message will "
     "undergo further processing.",
     "A message whose level is equal to or higher than the logger's own level is processed further.",
     "A message whose level is lower than the logger's own level is processed further.", "contradicted"),
    # "avoids recomputation": what needn't be computed again
    ("Caching avoids recomputation by saving results; laziness delays computation until it's actually required.",
     "Caching saves results so they needn't be computed again, while laziness puts off a computation until it is "
     "really needed.",
     "Caching saves results so they needn't be computed again, while laziness never delays a computation.",
     "contradicted"),
    # "unsaved" turns "saved" round
    ("Instead, they are special DeserializedObject instances that wrap a created - but unsaved - object and any "
     "associated relationship data.",
     "They are DeserializedObject instances wrapping an object that is created but not yet saved, with its "
     "relationship data.",
     "They are DeserializedObject instances wrapping an already saved object, with its relationship data.",
     "contradicted"),
    # "this backend" is the one the passage named before it
    ("The 'locmem' backend stores messages in a special attribute of the django.core.mail module. This backend is "
     "not intended for use in production. Django's test runner automatically uses this backend for testing.",
     "Django's test runner automatically uses the locmem email backend for testing.",
     "Django's test runner automatically uses the SMTP email backend for testing.", "not_stated"),
], ids=["second-condition", "will-can", "named-reason", "in-the-knowledge", "exceeds", "avoids-re", "unsaved",
        "this-backend"])
def test_the_claims_held_out_set_33_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "Django").status == "supported"
    assert judge(changed, passage_text, "Django").status == status


@pytest.mark.parametrize("passage_text,faithful,changed,status", [
    # an option's case is its meaning
    ("With the -q option chronyd will set the system clock once and exit.",
     "With the -q option, chronyd sets the system clock once and then exits.",
     "With the -Q option, chronyd sets the system clock once and then exits.", "contradicted"),
    # a command named by the word before "command"
    ("The activity command prints the number of sources that are currently online and offline.",
     "The activity command prints how many sources are online and how many are offline.",
     "The tracking command prints the number of sources that are currently online and offline.", "contradicted"),
], ids=["option-case", "named-command"])
def test_the_claims_held_out_set_34_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "chrony").status == "supported"
    assert judge(changed, passage_text, "chrony").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # a bound that takes its number in, or leaves it out
    ("Many people forget that fetchmail wants to see more than one name (or the wildcard '*') in a 'here' list "
     "before it will do multidrop routing.",
     "Fetchmail needs more than one name, or the wildcard '*', in a 'here' list before it does multidrop routing.",
     "Fetchmail needs at least one name, or the wildcard '*', in a 'here' list before it does multidrop routing.",
     "contradicted"),
    # a condition set aside
    ("Fetchmail supports client-side state in POP3 if the UIDL option is used (which is strongly recommended).",
     "If the UIDL option is used, fetchmail supports client-side state in POP3.",
     "Fetchmail supports client-side state in POP3 whether or not the UIDL option is used.", "contradicted"),
    # "cuts down on" is the opposite of "increases"
    ("This significantly cuts down on traffic to and from the server, and gives more reliable results.",
     "It greatly cuts down on traffic to and from the server and makes the results more reliable.",
     "It greatly increases traffic to and from the server and makes the results more reliable.", "contradicted"),
    # "not ... unless" is "only if"
    ("fetchmail 6.3.0 and newer ship with the lexer and parser in .c formats, so you do not need to use lex "
     "unless you hacked the .l or .y files.",
     "From version 6.3.0 on, fetchmail ships its lexer and parser as .c files, so lex is only needed if you "
     "have hacked the .l or .y files.",
     "From version 6.3.0 on, fetchmail ships its lexer and parser as .c files, so you need to use lex.",
     "contradicted"),
    # how a cause is put ("deliberately", "can't") is no part of what it is
    ("Fetchmail's multidrop and rewrite options will process addresses received from remote sites. Special care "
     "must be taken so these features cannot be abused to relay mail to foreign sites.",
     "Fetchmail's multidrop and rewrite options handle addresses from remote sites, and particular care is needed "
     "so that these features can't be misused to relay mail to outside sites.",
     "Fetchmail's multidrop and rewrite options handle addresses from remote sites, and particular care is needed "
     "so that these features can run faster.", "not_stated"),
    # an explanation set beside what it explains, after a semicolon
    ("Fetchmail getting mail from a POP server delivers mail in the order that your server delivers mail. "
     "Fetchmail can't do anything about this; it's a limitation of the underlying POP protocol.",
     "When fetching from a POP server, fetchmail passes messages on in the same order in which the server hands "
     "them over, and it can't change this because it is a limitation of the POP protocol itself.",
     "When fetching from a POP server, fetchmail passes messages on in the same order in which the server hands "
     "them over, and it can't change this because the server sorts them by size.", "not_stated"),
    # a prefix joined to a verb names no doer ("auto-probed")
    ("Host is auto-probed for a working server if no protocol is specified for the connection.",
     "When no protocol is given for a connection, fetchmail probes the host for a server that works.",
     "When a protocol is given for a connection, fetchmail probes the host for a server that works.",
     "contradicted"),
], ids=["bound-strictness", "condition-waived", "cut-down", "not-unless-is-only-if", "manner-in-a-cause",
        "explanation-after-semicolon", "hyphened-prefix"])
def test_the_claims_held_out_set_35_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "The Fetchmail FAQ").status == "supported"
    assert judge(changed, passage_text, "The Fetchmail FAQ").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # a number written against its name ("Windows3.x"), a name against its number ("386DOS")
    ("Current versions of Lynx run on Unix, VMS, Windows3.x/9x/NT and later, 386DOS and OS/2 EMX.",
     "Current versions of Lynx run on Unix, VMS, Windows 3.x/9x/NT and later, 386DOS, and OS/2 EMX.",
     "Current versions of Lynx run on Unix, VMS, Windows 2.x/9x/NT and later, 386DOS, and OS/2 EMX.",
     "contradicted"),
    # an everyday word opening the answer is no name
    ("Unfortunately, many non-English web pages forget to include proper charset info; this option helps you to "
     "browse those broken pages if you know by some means what the charset is.",
     "Plenty of web pages in languages other than English leave out proper charset info, and this option helps you "
     "browse those broken pages if you know what the charset is.",
     "Plenty of web pages in languages other than English leave out proper charset info, and this option helps you "
     "browse those broken pages even if you don't know what the charset is.", "contradicted"),
    # "Control-P" and "CTRL-P" are one key
    ("If set to ON then the CTRL-P, CTRL-N, CTRL-F, and CTRL-B keys will be mapped to up-arrow, down-arrow, "
     "right-arrow, and left-arrow, respectively.",
     "When this option is ON, Control-P acts as up-arrow, Control-N as down-arrow, Control-F as right-arrow and "
     "Control-B as left-arrow.",
     "When this option is ON, Control-R acts as up-arrow, Control-N as down-arrow, Control-F as right-arrow and "
     "Control-B as left-arrow.", "contradicted"),
    # left and right are opposites
    ("If show cursor is set to ON, the cursor will be positioned at the left of the current link.",
     "Turning show cursor on puts the cursor to the left of the current link.",
     "Turning show cursor on puts the cursor to the right of the current link.", "contradicted"),
    # "doesn't need to" permits what "must" requires, past the "already" between
    ("However, if you've specified a subdirectory (e.g., ./BM/lynx_bookmarks.html), that subdirectory must "
     "already exist.",
     "If you've specified a subdirectory such as ./BM/lynx_bookmarks.html, that subdirectory has to exist already.",
     "If you've specified a subdirectory such as ./BM/lynx_bookmarks.html, that subdirectory doesn't need to "
     "exist beforehand.", "contradicted"),
    # "don't have to" permits as "don't need to" does
    ("Thus you don't need to know what servers are running on your mail host in advance.",
     "So you don't have to know beforehand which servers your mail host runs.",
     "So you have to know beforehand which servers your mail host runs.", "contradicted"),
], ids=["number-against-its-name", "everyday-word-first", "control-key-spellings", "left-and-right",
        "must-against-doesnt-need", "dont-have-to"])
def test_the_claims_held_out_set_36_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "Lynx Users Guide").status == "supported"
    assert judge(changed, passage_text, "Lynx Users Guide").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # "fails" denies only what it fails to do: "the build fails in the VFS code" is no negation
    ("If you have compile problems in the VFS code, try disabling it by using \"--disable-vfs\" option.",
     "When the build fails in the VFS code, you can try turning that code off with the \"--disable-vfs\" option.",
     "When the build fails in the VFS code, you can try turning that code off with the \"--enable-vfs\" option.",
     "contradicted"),
    # a menu's own name is no command named by the word before it
    ("It's possible to force disconnect by selecting \"Command\" -> \"Active VFS List\" in the menu and using the "
     "\"Free VFSs Now\" button.",
     "To force a disconnect, open \"Command\" -> \"Active VFS List\" from the menu and press the \"Free VFSs Now\" "
     "button.",
     "To force a disconnect, open \"Command\" -> \"Active VFS List\" from the menu and press the \"Reload VFSs\" "
     "button.", "contradicted"),
], ids=["fails-in-is-no-negation", "menu-name"])
def test_the_claims_held_out_set_37_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "GNU Midnight Commander FAQ").status == "supported"
    assert judge(changed, passage_text, "GNU Midnight Commander FAQ").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # "nothing more than" is "only", no negation nor comparison
    ("Some servers like twitch require oauth to connect.\n\nThe oauth is simply a password with the value "
     "\"oauth:XXXX\".",
     "Servers such as twitch need oauth to connect, and that oauth is nothing more than a password whose value "
     "looks like \"oauth:XXXX\".",
     "The oauth is not a password.", "contradicted"),
    # a key chord written with "+" is one name: "Ctrl+s" is another key than "Ctrl+r"
    ("The default key is Ctrl+r (command is: /input search_text_here). And jump to highlights: Alt+p / Alt+n.",
     "The default key to search text is Ctrl-r, and Alt+p / Alt+n jump to highlights.",
     "The default key to search text is Ctrl+s, and Alt+p / Alt+n jump to highlights.", "contradicted"),
    # members of a closed class differ: a comma is no semi-colon
    ("Many commands in option command can be separated by ; (semi-colon).",
     "Several commands in the option command can be separated with a semicolon.",
     "Several commands can be put in the option command, separated by , (comma).", "contradicted"),
    # "none of" denies of all what the passage denies of some
    ("If you\u2019re using some terminals like xterm or uxterm, some meta keys do not work by default.",
     "In terminals such as xterm or uxterm, some meta keys don't work by default.",
     "In terminals such as xterm or uxterm, none of the meta keys work by default.", "contradicted"),
    # "may have to" is a possible obligation, no "must"
    ("You may have to install package \"ncurses-term\" to use these values in TERM variable.",
     "To use these values in the TERM variable, you might need to install the \"ncurses-term\" package.",
     "To use these values in the TERM variable, you must install the \"ncurses-term\" package.", "contradicted"),
    # a denial contradicted in other words: "isn't stored" / "is kept"; "not mandatory" / "required"
    ("This buffer property isn\u2019t stored in the configuration though.",
     "This buffer property is not saved in the configuration.",
     "Once set, this buffer property is kept in the configuration.", "contradicted"),
    ("A recommended (but not mandatory) X terminal emulator for running WeeChat is rxvt-unicode.",
     "rxvt-unicode is a recommended, but not mandatory, X terminal emulator for running WeeChat.",
     "rxvt-unicode is the X terminal emulator required for running WeeChat.", "contradicted"),
    # the passage's own cause for the same effect, against another taken from elsewhere in it
    ("It\u2019s not easy to filter voice messages, because voice mode can be set with other modes in same IRC "
     "message.\n\nIf you want to do that, it\u2019s probably because Bitlbee is using voice to show away users, "
     "and you are flooded with voice messages.",
     "Filtering voice messages is hard because voice mode can be set along with other modes in the same IRC message.",
     "Filtering voice messages is not easy, because Bitlbee uses voice mode to show away users.", "contradicted"),
    # "may choose to turn it off" permits what the passage requires; its modal does not pick the sentence on
    # what "may cause" bugs as its evidence
    ("/set weechat.look.eat_newline_glitch on\n\nThis option may cause display bugs. If you experience such "
     "problem, you must turn off this option.",
     "The eat_newline_glitch option may cause display bugs; if you run into them, you have to turn the option off.",
     "The eat_newline_glitch option may cause display bugs; if you run into them, you may choose to turn the option "
     "off.", "contradicted"),
], ids=["nothing-more-than", "key-chord-with-plus", "closed-class", "none-for-some", "hedged-obligation",
        "denial-in-other-words", "not-mandatory", "another-cause", "may-choose-to"])
def test_the_claims_held_out_set_38_wrongly_accepted_are_caught_and_their_faithful_twin_passes(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "WeeChat FAQ").status == "supported"
    assert judge(changed, passage_text, "WeeChat FAQ").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # an adverb moved about its verb changes no roles
    ("Plugins are automatically loaded when found (please look at the WeeChat documentation to load/unload plugins "
     "or scripts).",
     "WeeChat plugins are loaded automatically when they are found.",
     "WeeChat plugins are loaded manually when they are found.", "contradicted"),
    # both passive in shape, whatever the preposition: "bootstrapped using certificates" / "from the certificates"
    ("If you are using macOS, you must install openssl from Homebrew. A CA file will be bootstrapped using "
     "certificates from the system keychain.",
     "On macOS, openssl has to come from Homebrew, and a CA file will be bootstrapped from the certificates in the "
     "system keychain.",
     "On macOS, openssl has to come from MacPorts, and a CA file will be bootstrapped from the certificates in the "
     "system keychain.", "contradicted"),
    # an everyday word with a negating prefix ("unset") names nothing
    ("WeeChat uses default values for all servers (\"fall backs\"), if you don\u2019t specify a specific value for "
     "a server option. These default options are \"irc.server_default.*\".",
     "Whenever a server option is left unset for a given server, WeeChat falls back on the shared defaults found in "
     "\"irc.server_default.*\".",
     "Whenever a server option is left unset for a given server, WeeChat falls back on the shared defaults found in "
     "\"irc.server_fallback.*\".", "contradicted"),
], ids=["adverb-moved", "passive-shapes", "negated-everyday-word"])
def test_the_claims_held_out_set_38_wrongly_rejected_pass_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "WeeChat FAQ").status == "supported"
    assert judge(changed, passage_text, "WeeChat FAQ").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # the faithful twin of each: one pair of opposites turned round while the other stays is a swapped pairing
    ("The HTML_COLORSTYLE_GAMMA tag controls the gamma correction applied to the luminance component of the colors "
     "in the HTML output. Values below 100 gradually make the output lighter, whereas values above 100 make the "
     "output darker.",
     "In the HTML output, HTML_COLORSTYLE_GAMMA values below 100 make the output lighter and values above 100 make "
     "it darker.",
     "In the HTML output, HTML_COLORSTYLE_GAMMA values below 100 make the output darker and values above 100 make "
     "it lighter.", "contradicted"),
    # one of two alternative conditions kept, with "only"
    ("If the FILTER_PATTERNS tag is empty or if none of the patterns match the file name, INPUT_FILTER is applied.",
     "Doxygen applies INPUT_FILTER when the FILTER_PATTERNS tag is empty or when none of its patterns match the "
     "file name.",
     "Doxygen applies INPUT_FILTER only when the FILTER_PATTERNS tag is left empty.", "contradicted"),
], ids=["pairing-swapped", "one-condition-of-two"])
def test_the_claims_held_out_set_39_wrongly_accepted_are_caught_and_their_faithful_twin_passes(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "Doxygen").status == "supported"
    assert judge(changed, passage_text, "Doxygen").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # "by editing the Makefile" says how, not who: no role is reversed
    ("Binaries are installed into the directory /usr/local/bin, man pages in /usr/local/man/man1 and documentation "
     "in /usr/local/doc/doxygen To change this just edit the Makefile.",
     "The executables end up in /usr/local/bin, the manual pages in /usr/local/man/man1 and the documentation in "
     "/usr/local/doc/doxygen, and these locations can be changed by editing the Makefile.",
     "The executables end up in /usr/local/sbin, the manual pages in /usr/local/man/man1 and the documentation in "
     "/usr/local/doc/doxygen, and these locations can be changed by editing the Makefile.",
     "not_stated"),
    # "several groups" is "multiple groups": how many, not which groups
    ("Note that compound entities (like classes, files and namespaces) can be put into multiple groups, but members "
     "(like variable, functions, typedefs and enums) can only be a member of one group.",
     "A class, file or namespace may sit in several groups at once, whereas a function, variable, typedef or enum "
     "can belong to just one.",
     "A class, file or namespace may sit in several groups at once, whereas a function, variable, typedef or enum "
     "can belong to just two.", "contradicted"),
    # "by hand" says "manually", beside the passage's "automatically"
    ("Note also that preprocessor definitions that are normally defined automatically by the preprocessor (like "
     "__cplusplus), have to be defined by hand with doxygen's parser.",
     "Definitions such as __cplusplus, which the preprocessor normally sets itself, have to be defined manually "
     "with doxygen's parser.",
     "Definitions such as __cplusplus, which the preprocessor normally sets itself, never have to be defined "
     "manually with doxygen's parser.", "contradicted"),
], ids=["by-a-gerund", "how-many", "said-otherwise"])
def test_the_claims_held_out_set_39_wrongly_rejected_pass_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "Doxygen").status == "supported"
    assert judge(changed, passage_text, "Doxygen").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # "none of" denies of all what the passage denies of many
    ("Unfortunately many modules shipped with CMake do not yet provide IMPORTED targets because their development "
     "pre-dated this approach. This may improve incrementally over time.",
     "Many modules shipped with CMake do not provide IMPORTED targets yet, because their development pre-dated "
     "this approach.",
     "None of the modules shipped with CMake provide IMPORTED targets yet, because their development pre-dated "
     "this approach.", "contradicted"),
], ids=["none-for-many"])
def test_the_claims_held_out_set_40_wrongly_accepted_are_caught_and_their_faithful_twin_passes(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "cmake-buildsystem(7)").status == "supported"
    assert judge(changed, passage_text, "cmake-buildsystem(7)").status == status



@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # an everyday word of size opening the sentence names nothing ("Big allocations" for "large chunks")
    ("For allocation of large chunks they will use mmap to map memory into the process address space. Such chunks "
     "can be released immediately when they are completely free, because they can reside anywhere in the virtual "
     "memory.",
     "Big allocations are mapped into the process address space with mmap, and since such chunks may live anywhere "
     "in virtual memory, they can be given back straight away once they are entirely free.",
     "Small allocations are mapped into the process address space with mmap, and since such chunks may live "
     "anywhere in virtual memory, they can be given back straight away once they are entirely free.",
     "contradicted"),
    # the evidence is the span naming the functions the claim calls, at an equal share of words; a function
    # called with arguments that the passage never names is caught
    ("If you create a function at the command line or load it in a package its enclosing environment is the "
     "global workspace. If you define a function f() inside another function g() its enclosing environment is "
     "the environment inside g(). The enclosing environment for a function is fixed when the function is "
     "created. You can find out the enclosing environment for a function f() using environment(f).",
     "Calling environment(f) tells you the enclosing environment of a function f(), which is determined once, at "
     "the moment the function is created.",
     "Calling parent.frame(f) tells you the enclosing environment of a function f(), which is determined once, at "
     "the moment the function is created.", "contradicted"),
    # "FORTRAN 90" is a name: its number counts no compilers
    ("Note that you need a FORTRAN 90 compiler as well as a C compiler to build R.",
     "To build R you need a C compiler and a FORTRAN 90 compiler.",
     "To build R you need a C compiler and a FORTRAN 77 compiler.", "contradicted"),
    # the name after its kind ("package gss" for "package mda"), though the passage names it elsewhere
    ("Package gss can fit spline-based GAMs too. And if you can accept regression splines you can use glm(). For "
     "Gaussian GAMs you can use bruto() from package mda.",
     "If regression splines are acceptable you can use glm(), and for Gaussian GAMs there is bruto() in package mda.",
     "If regression splines are acceptable you can use glm(), and for Gaussian GAMs there is bruto() in package gss.",
     "contradicted"),
], ids=["size-word-opener", "called-functions", "number-in-a-name", "name-after-its-kind"])
def test_the_claims_held_out_set_41_wrongly_rejected_pass_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "R FAQ").status == "supported"
    assert judge(changed, passage_text, "R FAQ").status == status


def test_a_number_in_a_name_is_not_read_as_a_count():
    verdict = judge("Building R from source requires two compilers: one for C and one for FORTRAN 90.",
                    "Note that you need a FORTRAN 90 compiler as well as a C compiler to build R.", "R FAQ")
    assert "90 of them" not in verdict.reason


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # a multiplier word is a number ("tenfold" / "a hundredfold")
    ("This manual was first written in 2000, and the number of scope of R packages has increased a hundredfold "
     "since. For specialist data formats it is worth searching to see if a suitable package already exists.",
     "Since this manual was first written in 2000, the number of R packages has grown a hundredfold.",
     "Since this manual was first written in 2000, the number of R packages has grown tenfold.", "contradicted"),
    # a logical value turned round
    ("Both read.table and scan have a logical argument allowEscapes. This is false by default, and backslashes "
     "are then only interpreted as (under circumstances described above) escaping quotes.",
     "The logical argument allowEscapes of read.table and scan is false by default.",
     "The logical argument allowEscapes of read.table and scan is true by default.", "contradicted"),
    # the passage's second negation dropped while the claim keeps its first
    ("R does not easily support concurrent access to data. That is, if more than one user is accessing, and "
     "perhaps updating, the same data, the changes made by one user will not be visible to the others.",
     "R does not easily support concurrent access to data: if several users update the same data, the changes "
     "made by one user will not be visible to the others.",
     "R does not easily support concurrent access to data: if several users update the same data, the changes "
     "made by one user will be visible to the others.", "contradicted"),
    # "seldom" says what "rarely" says, "frequently" what "often" says
    ("\u2018BOMs\u2019 (Byte Order Marks, https://en.wikipedia.org/wiki/Byte_order_mark) cause problems for "
     "Unicode files. In the Unix world BOMs are rarely used, whereas in the Windows world they almost always are "
     "for UCS-2/UTF-16 files, and often are for UTF-8 files.",
     "Byte Order Marks are seldom seen on Unix, but on Windows they are nearly always present in UCS-2/UTF-16 files "
     "and frequently in UTF-8 files.",
     "Byte Order Marks are seldom seen on Unix, but on Windows they are never present in UCS-2/UTF-16 files.",
     "contradicted"),
    # two negations in one clause cancel: "does not mean that no tag exists" is "a tag may exist"
    ("If an item in the list is followed by the name of a Lintian tag in square brackets, it indicates that the "
     "policy requirement is covered by that Lintian tag. The lack of such an annotation does not mean that no "
     "Lintian tag exists to cover the requirement.",
     "Even without such an annotation, a Lintian tag covering the requirement may still exist.",
     "Even without such an annotation, a Lintian tag covering the requirement may still exist, and it always "
     "covers the requirement in full.", "not_stated"),
], ids=["multiplier-word", "logical-value", "second-negation-dropped", "frequency-synonyms", "double-negation"])
def test_the_claims_held_out_set_42_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "R Data Import/Export").status == "supported"
    assert judge(changed, passage_text, "R Data Import/Export").status == status


def test_a_denied_need_with_an_adverb_between_is_still_no_obligation():
    """Claim set 43 (bc02): "do not necessarily need to run" read as "need to run" against "need not be run"."""
    passage_text = ("Since the Console program interacts with the Director through the network, your Console and "
                    "Director programs do not necessarily need to run on the same machine.")
    faithful = ("Because it talks to the Director over the network, the Console program need not be run on the same "
                "machine as the Director.")
    changed = ("Because it talks to the Director over the network, the Console program must be run on the same "
               "machine as the Director.")
    assert judge(faithful, passage_text, "Bacula Console").status == "supported"
    assert judge(changed, passage_text, "Bacula Console").status == "contradicted"


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # a hedge the answer drops: "probably will not" is no "will never"
    ("If you specify a line containing only the filename (e.g. my-file.txt) it probably will not be extracted "
     "because you have not specified the full path.",
     "A line with only the filename (e.g. my-file.txt) will probably not be extracted, since the full path is "
     "not specified.",
     "A line with only the filename (e.g. my-file.txt) will never be extracted, since the full path is not "
     "specified.", "not_stated"),
    # "unless" turned into "even if"
    ("However, unless you modify the Job and File retention times for the Jobs that were added by scanning, the "
     "next time you run any backup Job with the same name, the records will be pruned again.",
     "Unless you modify the Job and File retention times for the scanned Jobs, the records will be pruned again "
     "the next time you run any backup Job with the same name.",
     "Even if you modify the Job and File retention times for the scanned Jobs, the records will be pruned again "
     "the next time you run any backup Job with the same name.", "contradicted"),
    # "no need to" permits as "do not need to" does
    ("If you are using MySQL or PostgreSQL, there is no need to supply a working directory since in that case, "
     "bscan knows where the databases are.",
     "If you are using MySQL or PostgreSQL, you do not need to supply a working directory, since bscan then knows "
     "where the databases are.",
     "If you are using MySQL or PostgreSQL, you must supply a working directory, since bscan then knows where the "
     "databases are.", "contradicted"),
    # an everyday word opening a phrase is no name ("Run without options", "Outside of debugging")
    ("Normally if no options are specified, bls will produce the equivalent output to the ls -l command for each "
     "file on the tape.",
     "Run without options, bls normally lists each file on the tape the way ls -l would.",
     "Run without options, bscan normally lists each file on the tape the way ls -l would.", "not_stated"),
    # the program a passage is about, named in the answer where the evidence says "none is specified"
    ("The original use of testfind was to ensure that Bacula's file search engine was correct. It is called: "
     "Usage: testfind [-d debug_level] [-] [pattern1 ...] Where a pattern is any filename specification that is "
     "valid within an Include resource definition. If none is specified, / (the root directory) is assumed.",
     "If no pattern is given to testfind, it assumes the root directory (/).",
     "If no pattern is given to bextract, it assumes the root directory (/).", "not_stated"),
], ids=["hedge-dropped", "unless-made-even-if", "no-need", "opening-phrase", "the-passages-program"])
def test_the_claims_held_out_set_44_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "Bacula Utility Programs").status == "supported"
    assert judge(changed, passage_text, "Bacula Utility Programs").status == status


def test_a_hedge_in_the_answer_or_a_denial_made_firmer_is_no_dropped_hedge():
    passage_text = ("The Debian security team cannot possibly analyze all the packages included in Debian for "
                    "potential security vulnerabilities, since there are just not enough resources.")
    assert judge("The Debian security team cannot analyze all the packages in Debian for potential security "
                 "vulnerabilities, since there are not enough resources.", passage_text).status == "supported"
    assert judge("Odd branches tend to trigger more bugs than the other ones.",
                 "Odd branches are likely to trigger more bugs than the other ones.").status == "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # a claim's "not essential" restates the passage's "non-essential", not its "no obligation"
    ("In general, these will be scripts or will go into the bacula/examples directory. For these kinds of "
     "non-essential contributions there is no obligation to do a copyright assignment as described below.",
     "For contributions that are not essential, such as scripts, there is no obligation to do a copyright "
     "assignment.",
     "For contributions that are not essential, such as scripts, there is an obligation to do a copyright "
     "assignment.", "contradicted"),
    # "Except where ..." opens a clause and names nothing
    ("If you fix a bug in a released version, you should, unless it is an absolutely trivial bug, create and "
     "release a patch file for the bug.",
     "Except where the bug is absolutely trivial, fixing a bug in a released version should be accompanied by "
     "creating and releasing a patch file for it.",
     "Except where the bug is absolutely trivial, fixing a bug in a released version must never be accompanied "
     "by creating and releasing a patch file for it.", "contradicted"),
    # "check it every time" says "always check it"
    ("If no value is associated with a particular event, Bacula will pass a NULL pointer, so the plugin must be "
     "careful to always check value pointer prior to dereferencing it.",
     "Since Bacula hands over a NULL pointer for events that carry no value, a plugin has to check the value "
     "pointer every time before dereferencing it.",
     "Since Bacula hands over a NULL pointer for events that carry no value, a plugin never has to check the "
     "value pointer before dereferencing it.", "contradicted"),
], ids=["prefix-negation-restated", "except-opens", "every-time-always"])
def test_the_claims_held_out_set_45_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "Bacula Developer's Guide").status == "supported"
    assert judge(changed, passage_text, "Bacula Developer's Guide").status == status


def test_the_first_word_of_an_evidence_sentence_after_the_first_is_no_name():
    """"This directive is only valid ..." in the second sentence of the evidence was read as naming "This"."""
    passage_text = ("If this directive is specified, DH ephemeral keying will be enabled, allowing for forward "
                    "secrecy of communications. This directive is only valid within a server context.")
    verdict = judge("The TLS DH File directive is valid only within a server context.", passage_text)
    assert "'This'" not in verdict.reason


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # a hyphenated word with its head kept and its modifier changed ("row-major" / "column-major")
    ("The dim attribute is used to implement arrays. The content of the array is stored in a vector in "
     "column-major order and the dim attribute is a vector of integers specifying the respective extents of the "
     "array.",
     "Arrays are implemented with the dim attribute: the array's content sits in a vector in column-major order.",
     "Arrays are implemented with the dim attribute: the array's content sits in a vector in row-major order.",
     "contradicted"),
    # a condition met by any one where the passage needs all of them
    ("If the optional else clause is omitted and all the odd numbered statements evaluate to FALSE no statement "
     "will be evaluated and NULL is returned.",
     "Without the else clause, when every odd numbered statement evaluates to FALSE, no statement is evaluated "
     "and NULL is returned.",
     "Without the else clause, if any one of the odd numbered statements evaluates to FALSE, no statement is "
     "evaluated and NULL is returned.", "contradicted"),
    # "the same" and "differ" are opposites, and "not the same" says "differ"
    ("In cases where the result of the operation would be the same for all possible values the NA could take, "
     "the operation may return this value.",
     "Where the result would be the same whatever value the NA stands for, the operation may return that value.",
     "Where the result would differ across the possible values the NA could take, the operation may return a "
     "value.", "contradicted"),
    # "rather than creating a new X" says "does not get a new X"
    ("Rather than creating a new evaluation environment R uses the environment of the current function call "
     "(the call to the generic).",
     "The method R picks does not get a fresh evaluation environment: it runs in the environment of the call to "
     "the generic.",
     "The method R picks does not get a fresh evaluation environment: it does not run in the environment of the "
     "call to the generic.", "contradicted"),
], ids=["compound-modifier", "any-one-for-all", "same-differ", "rather-than-denies"])
def test_the_claims_held_out_set_46_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "R Language Definition").status == "supported"
    assert judge(changed, passage_text, "R Language Definition").status == status


def test_a_word_ending_in_less_restates_a_denial_and_a_comparative_modifier_restates_its_base():
    """"the parentless empty environment" / "an empty environment, which has no parent"; "higher-level" is the
    passage's "high-level"."""
    passage_text = "The tree of environments is rooted in an empty environment, which has no parent."
    assert judge("The tree of environments is rooted in a parentless empty environment.", passage_text).status \
        == "supported"
    assert judge("Packaging tools offer a higher-level interface.",
                 "Packaging tools offer a high-level interface.").status == "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # a cause all of whose words the passage states beside the effect joins what it sets side by side
    ("Whenever it is possible, prefer installing from packages. Packagers have done an excellent and hard work "
     "at improving NUT integration into their system.",
     "Whenever possible, prefer installing from packages, since packagers have done excellent and hard work at "
     "improving NUT integration into their systems.",
     "Whenever possible, prefer installing from packages, since source builds are not supported by the NUT team.",
     "not_stated"),
    # "in every case except" says "always, unless"
    ("The number 1 here is the \"power value\". This should always be set to 1, unless you have a very special "
     "(read: expensive) system with redundant power supplies.",
     "The 1 in this line is the power value, which should be set to 1 in every case except a costly system with "
     "redundant power supplies.",
     "The 1 in this line is the power value, which should be set to 2 in every case except a costly system with "
     "redundant power supplies.", "not_stated"),
    # "mere seconds" says "only a few seconds"
    ("upsmon will call your script every time an event happens that has the EXEC flag set. This means a quick "
     "power failure that lasts mere seconds might generate a notification storm.",
     "A power failure lasting only a few seconds might generate a notification storm, since upsmon calls your "
     "script every time an event with the EXEC flag set happens.",
     "A power failure lasting only a few seconds might generate a notification storm, since upsmon calls your "
     "script only for the first event with the EXEC flag set.", "not_stated"),
    # "the more ..., the more ..." turned into "the more ..., the fewer ..."
    ("This chapter will present you these mechanisms, by increasing order of security level. This means that the "
     "more security you need, the more mechanisms you will have to apply.",
     "The mechanisms come in increasing order of security level, so the more security you need, the more "
     "mechanisms you will have to apply.",
     "The mechanisms come in increasing order of security level, so the more security you need, the fewer "
     "mechanisms you will have to apply.", "contradicted"),
], ids=["cause-set-beside", "every-case-except", "mere-seconds", "the-more-the-fewer"])
def test_the_claims_held_out_set_47_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "Network UPS Tools User Manual").status == "supported"
    assert judge(changed, passage_text, "Network UPS Tools User Manual").status == status


@pytest.mark.parametrize("passage_text,faithful,changed,status", [
    # "is not available" restates "is unavailable"; "is available" still contradicts it
    ("Thus, in child_process functions where a shell can be spawned, 'cmd.exe' is used as a fallback if "
     "process.env.ComSpec is unavailable.",
     "When process.env.ComSpec is not available, child_process functions that can spawn a shell fall back to using "
     "'cmd.exe'.",
     "When process.env.ComSpec is available, child_process functions that can spawn a shell fall back to using "
     "'cmd.exe'.", "contradicted"),
    # "Unlike child_process or cluster" turned into "Like child_process and cluster"
    ("Unlike child_process or cluster, worker_threads can share memory. They do so by transferring ArrayBuffer "
     "instances or sharing SharedArrayBuffer instances.",
     "In contrast to child_process and cluster, worker_threads can share memory by transferring ArrayBuffer instances.",
     "Like child_process and cluster, worker_threads can share memory, which they do by transferring ArrayBuffer "
     "instances or sharing SharedArrayBuffer instances.", "contradicted"),
    # "A will be read as B" turned into "B will be read as A": a participle after "be" joins who with what
    ("In particular, Buffer objects will be read as plain Uint8Arrays on the receiving side, and instances of "
     "JavaScript classes will be cloned as plain JavaScript objects.",
     "On the receiving side, Buffer objects will be read as plain Uint8Arrays.",
     "In particular, plain Uint8Arrays will be read as Buffer objects on the receiving side, and instances of "
     "JavaScript classes will be cloned as plain JavaScript objects.", "contradicted"),
], ids=["not-available-is-unavailable", "unlike-turned-like", "read-as-reversed"])
def test_the_claims_held_out_set_49_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "Worker threads").status == "supported"
    assert judge(changed, passage_text, "Worker threads").status == status


PER_VENDOR = ("The default standard varies widely by vendor: for example Apple clang 14 defaults to C++98, "
              "LLVM clang 14 to C++14 and g++ 12 to C++17.")


def test_a_number_the_passage_gives_one_name_given_to_another_is_caught():
    verdict = judge("For example LLVM clang 14 defaults to C++98, Apple clang 14 to C++14 and g++ 12 to C++17.",
                    PER_VENDOR, "")
    assert verdict.status == "contradicted" and "'Apple'" in verdict.reason, verdict


@pytest.mark.parametrize("claim", [
    "For example Apple clang 14 defaults to C++98, LLVM clang 14 to C++14 and g++ 12 to C++17.",
    "Apple clang 14, unlike LLVM clang 14, defaults to C++98.",      # the number's clause names nobody
    "Apple clang 14 defaults to C++98, whereas g++ 12 uses C++17."])
def test_numbers_kept_with_their_names_are_no_swap(claim):
    assert judge(claim, PER_VENDOR, "").status == "supported"


def test_a_first_word_in_another_form_of_the_passages_word_is_no_new_name():
    text = "Registering routines has two main advantages: it provides a faster way to find the address of the entry point."
    assert judge("Registration provides a faster way to find the address of the entry point.", text, "").status \
        == "supported"
    assert judge("Microsoft provides a faster way to find the address of the entry point.", text, "").status \
        == "not_stated"


def test_one_benefit_of_several_counts_nothing_but_one_copy_still_counts():
    text = ("There are at least two benefits to this approach. Firstly, the symbol lookup is done just once for each "
            "symbol. Two copies of the table are kept.")
    assert judge("One benefit of this approach is that the symbol lookup is done just once for each symbol.", text,
                 "").status == "supported"
    assert judge("One copy of the table is kept.", text, "").status == "contradicted"


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # "may or may not improve" leaves both open: no negation for an answer to drop
    ("Depending upon the size of modules to be compiled, this may or may not improve performance.",
     "Whether the patch improves performance depends on the size of the modules being compiled.",
     "The patch does not improve performance, whatever the size of the modules being compiled.", "contradicted"),
    # "unkillable" restates "non-killable"; "killable" drops its "non"
    ("This permits other jobs to use the node, but leaves the non-killable process in place.",
     "Other jobs may use the node, while the unkillable process stays in place.",
     "Other jobs may use the node, while the killable process stays in place.", "contradicted"),
    # set 73's bh11: a "non-" the passage does not have turns the mode round ("interactive" has no prefix "in")
    ("Turn the debugger on only when you need it (in interactive mode), through the user's own settings.",
     "Only turn the debugger on when it is needed, that is in interactive mode.",
     "Only turn the debugger on when it is needed, that is in non-interactive mode.", "contradicted"),
    # set 73's bh24 and set 72's mk28: opposites "tight"/"loose" (said as adverbs) and "honor"/"disregard"
    ("Mocks for the collaborators keep the classes small and loosely coupled.",
     "Using mocks for collaborators keeps classes small and loosely coupled.",
     "Using mocks for collaborators keeps classes small and tightly coupled.", "contradicted"),
    ("The render_text() method disregards the encoding argument; encode the result yourself.",
     "render_text() disregards the encoding argument, so you encode its result yourself.",
     "render_text() honors the encoding argument, though you may encode its result yourself.", "contradicted"),
    # set 73's bh25: "but nothing else" says "only"
    ("You may tag features, scenarios or scenario outlines but nothing else.",
     "Only features, scenarios and scenario outlines can carry tags.",
     "Features, scenarios, scenario outlines and steps can all carry tags.", "not_stated"),
    # set 73's bh01: a general "when" is each time; not each time of another event
    ("When the runner enters a new feature or scenario it adds a layer to the context.",
     "Each time the runner enters a new scenario, it adds a layer to the context.",
     "Each time the runner leaves a step, it adds a layer to the context.", "not_stated"),
    # set 72's mk39: a purpose in other words ("maintained externally" / "kept outside")
    ("New setups will want to use cache regions so that cache settings can be maintained externally to templates.",
     "New setups will want cache regions so that cache settings can be kept outside the templates.",
     "New setups will want cache regions so that templates compile sooner.", "not_stated"),
    # "fails to respond" restates "stops responding"
    ("A node is set DOWN when the slurmd daemon on it stops responding for SlurmdTimeout as defined in slurm.conf.",
     "A node is marked DOWN when its slurmd fails to respond for the SlurmdTimeout set in slurm.conf.",
     "A node is never marked DOWN when its slurmd fails to respond for the SlurmdTimeout set in slurm.conf.",
     "contradicted"),
    # "unlike those" denies what the passage denies of them
    ("Those plugins relying upon a kernel patch can reliably identify every process. Those plugins dependent upon "
     "process group IDs or parent process IDs are not reliable.",
     "Plugins built on a kernel patch find every process reliably, unlike those that depend on process group IDs.",
     "Plugins that depend on process group IDs find every process reliably.", "contradicted"),
    # "each" standing for the two modules the passage names together
    ("The pam_slurm_adopt and pam_slurm modules prevent users from logging into nodes that they have not been "
     "allocated (except for user root, which can always login).",
     "Both modules ship with Slurm, and each keeps users other than root from logging in to nodes not allocated to "
     "them.",
     "Both modules ship with Slurm, and each keeps every user, root included, from logging in to nodes not "
     "allocated to them.", "not_stated"),
    # "it" leads back to the sentence that names slurmstepd
    ("For slurmstepd, the core file will depend upon when the failure occurs. If it is running in a privileged phase, "
     "it will be in the same location as that described above for the slurmd daemon. If it is running in an "
     "unprivileged phase, it will be in the spawned job's working directory.",
     "When slurmstepd fails during an unprivileged phase, its core file ends up in the working directory of the "
     "spawned job.",
     "When slurmctld fails during an unprivileged phase, its core file ends up in the working directory of the "
     "spawned job.", "not_stated"),
    # "(e.g. NFS or Lustre)" is one sentence with what it introduces
    ("Slurm does not automatically migrate executable or data files to the nodes allocated to a job. Either the "
     "files must exists on local disk or in some global file system (e.g. NFS or Lustre).",
     "The files need to be on local disk already or in a global file system such as NFS or Lustre.",
     "The files need to be on local disk already or in a global file system such as NFS or GPFS.", "contradicted"),
    # "no longer than" a limit is "limited to" it
    ("In the case of a batch job, the srun command terminates after the job script is submitted. Therefore batch "
     "job pre- and post-processing is limited to the InactiveLimit.",
     "A batch job's pre- and post-processing can last no longer than the InactiveLimit.",
     "A batch job's pre- and post-processing can last longer than the InactiveLimit.", "not_stated"),
    # "the same or higher ... as" compares as "the same or a higher ... than" does; "number" compares nothing
    ("If the SlurmDBD daemon is used, it must be at the same or higher major release number as the Slurmctld "
     "daemons.",
     "The SlurmDBD daemon must be at the same or a higher major release number than the Slurmctld daemons.",
     "The SlurmDBD daemon must be at a lower major release number than the Slurmctld daemons.", "contradicted"),
    # a default path is the whole path: "/usr" is not "/usr/local"
    ("--prefix=PREFIX Install architecture-independent files in PREFIX; default value is /usr/local.",
     "The --prefix option sets where architecture-independent files go, and its default value is /usr/local.",
     "The --prefix option sets where architecture-independent files go, and its default value is /usr.",
     "contradicted"),
    # "until no earlier job is pending" is "while any earlier job is pending"
    ("Even if resources are available to initiate your job immediately, it will be deferred until no previously "
     "submitted job is pending.",
     "A job is held back while any previously submitted job is still pending, even if resources are available.",
     "A job is started immediately when resources are available, even if a previously submitted job is pending.",
     "contradicted"),
    # "Make sure" gives an order, and "Authentication" is the passage's own word, no name
    ("Install MUNGE for authentication. Make sure that all nodes in your cluster have the same munge.key. Make sure "
     "the MUNGE daemon, munged, is started before you start the Slurm daemons.",
     "Authentication relies on MUNGE: every node in the cluster needs an identical munge.key, and munged has to be "
     "running before any Slurm daemon is started.",
     "Kerberos relies on MUNGE: every node in the cluster needs an identical munge.key, and munged has to be "
     "running before any Slurm daemon is started.", "not_stated"),
], ids=["may-or-may-not", "non-killable-is-unkillable", "non-added", "tight-loose", "honor-disregard", "nothing-else", "each-time-when", "kept-maintained", "stops-responding-fails-to-respond", "unlike-those",
        "each-of-the-two", "it-leads-back", "eg-no-sentence-end", "no-longer-than-a-limit", "same-or-higher",
        "a-default-path-whole", "until-no-is-while-any", "make-sure-and-a-passage-word"])
def test_the_claims_held_out_set_52_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "Slurm").status == "supported"
    assert judge(changed, passage_text, "Slurm").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # "non-NULL" said by both, beside a bare "NULL" the passage also says
    ("Either way, check that the return value of setlocale() is non-NULL. A NULL return value indicates a failure.",
     "Check that setlocale() returns a non-NULL value, since a NULL return value indicates a failure.",
     "Check that setlocale() returns a NULL value.", "contradicted"),
    # "both kinds" for "either kind": "both" counts nothing the passage counts otherwise
    ("All comments, of either kind, are optional.", "Comments of both kinds are optional.",
     "Comments of three kinds are optional.", "not_stated"),
    # "identical" restates "the same"
    ("It is possible to have several entries with the same untranslated-string in a PO file, provided that they "
     "each have a different context.",
     "A PO file can hold several entries with an identical untranslated-string as long as each has a distinct "
     "context.",
     "A PO file cannot hold several entries with an identical untranslated-string, whatever their context.",
     "contradicted"),
    # "only once X" restates "first X, before"
    ("In other words, you have to first enable localization, by setting LANG (or LC_ALL) to a value other than "
     "'C', before you can use a language priority list through the LANGUAGE variable.",
     "A language priority list in LANGUAGE only takes effect once localization is switched on by giving LANG a "
     "value other than 'C'.",
     "You do not have to enable localization before you can use a language priority list through LANGUAGE.",
     "contradicted"),
    # a change told the wrong way round
    ("The language code for Norwegian bokmål changed from 'no' to 'nb' recently (in 2003).",
     "In 2003 the language code for Norwegian bokmål changed from 'no' to 'nb'.",
     "In 2003 the language code for Norwegian bokmål changed from 'nb' to 'no'.", "contradicted"),
    # heavyweight is light weighted's opposite
    ("Internationalization has better chances of succeeding if it is very light weighted, or at least, appear to "
     "be so, when looking at program sources.",
     "Internationalization is more likely to succeed when it looks light weighted in program sources.",
     "Internationalization is more likely to succeed when it looks heavyweight in program sources.",
     "contradicted"),
    # a possessive makes no word rare
    ("Translating a manual, with the intent of later keeping up with updates, is a major undertaking in itself, "
     "generally.",
     "Translating a package's manual while planning to keep up with later updates is usually a major undertaking.",
     "Translating a Debian package's manual while planning to keep up with later updates is usually a major "
     "undertaking.", "not_stated"),
], ids=["non-null-and-null", "both-for-either", "identical-for-same", "only-once-for-first-before",
        "from-to-turned-round", "heavyweight-for-light", "possessive"])
def test_the_claims_held_out_set_53_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "GNU gettext").status == "supported"
    assert judge(changed, passage_text, "GNU gettext").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # "omitted if it does not listen" turned into "omitted if it listens": the shared "omitted" restates nothing
    ("This is for contacting any KDC by TCP. Normally you should use port 88. This entry should be omitted if the "
     "KDC does not listen on TCP ports, as was the default prior to release 1.13.",
     "The entry should be omitted if the KDC does not listen on TCP ports.",
     "The entry should be omitted whenever the KDC does listen on TCP ports.", "contradicted"),
    # a move told the wrong way round, its ends several words long
    ("An administrative unlock is propagated from the primary to the replica KDCs during the next propagation.",
     "During the next propagation an administrative unlock travels from the primary to the replica KDCs.",
     "An administrative unlock is propagated from the replica KDCs to the primary during the next propagation.",
     "contradicted"),
    # "all the time" is "continuously", no quantifier
    ("Because the primary KDC is continuously dumping the database to a file in order to propagate it to the "
     "replica KDCs, it is a simple matter to have a cron job periodically copy the dump file to a secure machine "
     "elsewhere on your network.",
     "Since the primary KDC dumps the database to a file all the time to propagate it to the replica KDCs, a cron "
     "job can periodically copy the dump file to a secure machine elsewhere on your network.",
     "Since the primary KDC dumps the database to a file once a week to propagate it to the replica KDCs, a cron "
     "job can periodically copy the dump file to a secure machine elsewhere on your network.", "not_stated"),
    # "all others" restates "any other" (which lets "grants access ... to all others" through too: the passage
    # grants access in the same sentence; README, what the check cannot catch)
    ("By default, if a .k5login file is present, it controls authorization both positively and negatively–any "
     "principal name contained in the file is granted access and any other principal name is denied access.",
     "A .k5login file that is present grants access to the principal names it contains and denies access to all "
     "others.",
     "A .k5login file that is present grants access to the principal names it contains and denies access to only "
     "some others.", "not_stated"),
    # a comparison whose "than" comes late
    ("In many configurations, knowledge of the host’s keytab also allows root access to the host. This could be "
     "particularly dangerous if the compromised keytab was from one of your KDCs.",
     "Knowing a host's keytab often allows root access to the host, which could be particularly dangerous if the "
     "compromised keytab was from one of your KDCs.",
     "Knowing a host's keytab often allows root access to the host, though this is less dangerous when the "
     "compromised keytab belongs to one of your KDCs than when it comes from an ordinary host.", "not_stated"),
], ids=["shared-omitted-restates-no-not", "from-to-several-words", "all-the-time", "all-others-for-any-other",
        "late-than"])
def test_the_claims_held_out_set_54_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "Kerberos").status == "supported"
    assert judge(changed, passage_text, "Kerberos").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # "It is recommended that X do Y" advises on the clause after it; "are required to" obliges
    ("It is recommended that programmatic interfaces prefix every data line with an uparrow to protect themselves "
     "against future changes in Aspell.",
     "Programmatic interfaces are advised to prefix every data line with an uparrow to protect themselves against "
     "future changes in Aspell.",
     "Programmatic interfaces are required to prefix every data line with an uparrow to protect themselves against "
     "future changes in Aspell.", "contradicted"),
    # "limit checking to X" is "only X gets checked"
    ("The ccpp filter mode is a context filter that will limit spell checking to C/C++ comments and string "
     "literals. Any code in between will be left alone.",
     "In ccpp mode only the comments and string literals of C/C++ get spell checked; any code in between is left "
     "alone.",
     "In ccpp mode all the C/C++ code gets spell checked, comments and string literals included.", "not_stated"),
], ids=["recommended-that-is-no-requirement", "limit-to-is-only"])
def test_the_claims_held_out_set_55_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "GNU Aspell").status == "supported"
    assert judge(changed, passage_text, "GNU Aspell").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # a month written out for its abbreviation
    ("Time coordinates are stored internally as the number of seconds relative to the standard unix epoch "
     "1-Jan-1970. Earlier versions of gnuplot used a different epoch internally (1-Jan-2000).",
     "Time coordinates are stored internally as seconds since the standard unix epoch of 1 January 1970.",
     "Time coordinates are stored internally as seconds since the standard unix epoch of 1 March 1970.",
     "contradicted"),
    # "each being usable" stands for the two modes, it picks none of the "many systems"
    ("Gnuplot may be executed in either batch or interactive modes, and the two may even be mixed together on many "
     "systems.",
     "On many systems gnuplot's batch and interactive modes can be combined, besides each being usable on its own.",
     "On every system gnuplot's batch and interactive modes can be combined.", "contradicted"),
    # an e-mail address is given whole: another list's address sends the reader elsewhere
    ("A mailing list for those interested in the development version of gnuplot is: "
     "gnuplot-beta@lists.sourceforge.net",
     "Those interested in gnuplot's development version can join gnuplot-beta@lists.sourceforge.net.",
     "Those interested in gnuplot's development version can join gnuplot-info@lists.sourceforge.net.",
     "contradicted"),
], ids=["month-abbreviated", "each-being", "address-given-whole"])
def test_the_claims_held_out_set_56_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "gnuplot").status == "supported"
    assert judge(changed, passage_text, "gnuplot").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed", "status"), [
    # a quoted literal is what the reader types: another one is another marker
    ("Entire blocks of code can be commented by enclosing the code between matching ‘#{’ and ‘#}’ or ‘%{’ and ‘%}’ "
     "markers.",
     "A block of code is commented out by enclosing it between matching ‘%{’ and ‘%}’ markers.",
     "A block of code is commented out by enclosing it between matching ‘#[’ and ‘#]’ markers.", "contradicted"),
    ("If lasterror is called with the argument \"reset\", all fields are set to their default values.",
     "Calling lasterror with \"reset\" returns all fields to their default values.",
     "Calling lasterror with the argument \"clear\" sets all fields to their default values.", "contradicted"),
    # the end is not the beginning; the previous value is not the new one
    ("The answer is that Octave puts blank characters at the end of strings shorter than the longest string.",
     "Octave pads strings shorter than the longest one with blanks at their end.",
     "Octave pads strings shorter than the longest one with blanks at the beginning.", "contradicted"),
    ("When called with a numeric input val, set the current value of errno to the specified value. The previous "
     "value of errno is returned as err.",
     "Given a numeric val, errno sets its value to val and returns the previous value as err.",
     "Given a numeric val, errno sets its value to val and returns the new value as err.", "contradicted"),
], ids=["quoted-marker", "quoted-argument", "end-for-beginning", "previous-for-new"])
def test_the_claims_held_out_set_57_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed, status):
    assert judge(faithful, passage_text, "GNU Octave").status == "supported"
    assert judge(changed, passage_text, "GNU Octave").status == status


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # things named as written, in an order the answer states ("first", "then", "in that order")
    ("On startup, ELinks reads in two Lua scripts. Firstly, a system-wide configuration file called "
     "/etc/elinks/hooks.lua, then a file in your home directory called ~/.elinks/hooks.lua.",
     "At startup ELinks first reads the system-wide /etc/elinks/hooks.lua and then ~/.elinks/hooks.lua from the "
     "home directory.",
     "At startup ELinks first reads ~/.elinks/hooks.lua from the home directory and then the system-wide "
     "/etc/elinks/hooks.lua."),
    ("The pager program will be read from the PAGER environment variable. If this fails, test are made for common "
     "pager programs (/usr/bin/pager, /usr/bin/less and /usr/bin/more in that order).",
     "Failing the PAGER environment variable, ELinks tries /usr/bin/pager, then /usr/bin/less and then "
     "/usr/bin/more.",
     "Failing the PAGER environment variable, ELinks tries /usr/bin/less, then /usr/bin/pager and then "
     "/usr/bin/more."),
], ids=["first-then", "in-that-order"])
def test_the_claims_held_out_set_58_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "ELinks").status == "supported"
    assert judge(changed, passage_text, "ELinks").status == "contradicted"


def test_a_definition_is_read_with_the_term_above_it_and_not_with_the_next_entrys():
    # a definition list read as reStructuredText (pipeline 49): each term alone in its paragraph, over its definition
    passage = ("setenv.add-environment\n\nadds a value to the process environment that is passed to the external "
               "applications\n\nsetenv.add-response-header\n\nadds a header to the HTTP response sent to the client"
               "\n\nsetenv.add-request-header\n\nadds a header to the HTTP request that was received from the client")
    faithful = "setenv.add-response-header is the option that adds a header to the HTTP response sent to the client."
    swapped = "setenv.add-request-header is the option that adds a header to the HTTP response sent to the client."
    assert judge(faithful, passage, "lighttpd").status == "supported"
    verdict = judge(swapped, passage, "lighttpd")
    assert verdict.status == "contradicted" and "add-response-header" in verdict.evidence


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # "a half million" is 500,000, and what it counts is the word after "million"
    ("ImageMagick consists of nearly a half million lines of C code and optionally depends on several million "
     "lines of code in dependent libraries (e.g. JPEG, PNG, TIFF libraries).",
     "ImageMagick itself is made up of almost 500,000 lines of C code.",
     "ImageMagick itself is made up of almost 900,000 lines of C code."),
    # "640 by 480" is "640x480"
    ("For a 640 by 480 image, you can get a scanline of 640 pixels at row 479 but if you ask for a scanline at "
     "row 480, an exception is returned (rows are numbered starting at 0).",
     "Asking for a scanline at row 480 of a 640x480 image returns an exception.",
     "Asking for a scanline at row 480 of a 640x400 image returns an exception."),
    # British spelling is the American word ("initialises"); an everyday adjective opening a sentence names
    # nothing ("General enciphering utilities")
    ("As of ImageMagick 6.9.9-11, you can allocate the pixel cache and some internal buffers with anonymous "
     "memory mapping rather than from heap. As a consequence, the pixels are initialized to zero resulting in a "
     "minor performance penalty.",
     "Anonymous memory mapping initialises the pixels to zero, at a minor performance penalty.",
     "Anonymous memory mapping initialises the pixels to 255, at a minor performance penalty."),
    ("You could use an enciphering utility to scramble your image but they typically scramble the entire file "
     "making it unrecognizable as an image format. With ImageMagick, only the pixels are scrambled.",
     "General enciphering utilities typically scramble the entire file, making it unrecognizable as an image "
     "format.",
     "General enciphering utilities typically scramble only the pixels, making it unrecognizable as an image "
     "format."),
], ids=["half-million", "by-dimensions", "british-spelling", "everyday-opener"])
def test_the_claims_held_out_set_59_judged_wrongly_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "ImageMagick").status == "supported"
    assert judge(changed, passage_text, "ImageMagick").status != "supported"

@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # "read-only" holds no "only"
    ("You cannot change the sample templates, but you can duplicate them and edit the duplicates.",
     "The sample templates are read-only, but you can duplicate them and edit the duplicates.",
     "The sample templates are read-only, but you can duplicate them and edit the duplicates in the "
     "Theme Editor."),
    # "Not only ..., it can also" denies nothing, so a "cannot" added is caught
    ("Not only can the ruler measure distances, it can also snap the pointer to the nearest tick "
     "when you enable Snap to Ruler.",
     "The ruler can snap the pointer to the nearest tick when you enable Snap to Ruler.",
     "The ruler cannot snap the pointer to the nearest tick when you enable Snap to Ruler."),
    # "not shown until you enable it" is "shown once you enable it"; "shown until" turns it round
    ("The status bar is not shown until you enable it under View in the window menu.",
     "The status bar is shown once you enable it under View in the window menu.",
     "The status bar is shown until you enable it under View in the window menu."),
    # a purpose's "later" says when, not why ("to move a guide after you have created it")
    ("To move a guide after you have created it, drag it with the Move tool.",
     "To move one later, drag it with the Move tool.",
     "To move one later, drag it with the Text tool."),
    # a clause after a colon gives the reason for the one before it
    ("Most photographers keep the histogram docked beside the image: it is very difficult to judge "
     "exposure without seeing it.",
     "Most photographers keep the histogram docked beside the image, since it is very hard to judge "
     "exposure without seeing it.",
     "Most photographers keep the histogram docked beside the image, since it is very easy to judge "
     "exposure without seeing it."),
    # an irregular participle opening the sentence names nothing ("Built on Python")
    ("The plug-in system is based on Python, and plug-ins talk to the core through a message channel.",
     "Built on Python, the plug-in system lets plug-ins talk to the core through a message channel.",
     "Built on Perl, the plug-in system lets plug-ins talk to the core through a message channel."),
    # "templates you can open through X": what is opened stands before its subject
    ("The editor ships templates you can open through the File menu at any time.",
     "The editor's templates can be opened through the File menu at any time.",
     "The editor's templates can be opened through the Edit menu at any time."),
    # "with saved projects": a participle after a preposition is an adjective, no verb
    ("Old formats remain available for compatibility with saved projects from earlier releases.",
     "Old formats remain available so that projects saved by earlier releases stay compatible.",
     "Old formats remain available so that projects saved by later releases stay compatible."),
    # "backwards compatibility" turns nothing round
    ("The legacy codecs are kept for backwards compatibility with recordings from older versions.",
     "The legacy codecs are kept so that recordings from older versions stay compatible.",
     "The legacy codecs are kept so that recordings from newer versions stay compatible."),
    # "the reverse of Pack" relates two things; "of" is no word it turns round
    ("Unpack splits an archive back into each of its files, and Pack joins many files into one "
     "archive.",
     "Unpack, the reverse of Pack, splits an archive back into each of its files.",
     "Unpack, the reverse of Pack, never splits an archive back into each of its files."),
    # "X, so Y": X is the cause of Y, and another sentence's words are another cause
    ("Most exports run in a separate helper, so the editor has no way of knowing how far they have "
     "got. The only progress shown is a count of the files written.",
     "Because most exports run in a separate helper, the editor has no way of knowing how far they "
     "have got.",
     "Because the only progress shown is a count of the files written, the editor has no way of "
     "knowing how far most exports have got."),
    # "the most recent" for "the oldest" turns it round; "the least recent" does not
    ("Beyond the size limit, the cache starts to drop the oldest entries from the list.",
     "Past the size limit, the cache starts dropping its least recent entries from the list.",
     "Past the size limit, the cache starts dropping its most recent entries from the list."),
    # "foreground" and "background" are opposites
    ("Clicking a swatch makes it the foreground color of the image.",
     "A click on a swatch makes it the image's foreground color.",
     "A click on a swatch makes it the image's background color."),
    # "greater than 40" / "40 or less": a threshold said the other way
    ("If the level is greater than 40, the first curve is applied; otherwise the second one is.",
     "The first curve is applied when the level is above 40.",
     "The first curve is applied when the level is 40 or less."),
], ids=["read-only", "not-only-also", "not-until-once", "purpose-when", "colon-reason", "irregular-participle",
        "object-relative", "adjective-after-preposition", "backwards-compatibility", "reverse-of", "so-cause",
        "oldest-recent", "foreground-background", "threshold-turned"])
def test_the_claims_held_out_set_60_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Editor").status == "supported"
    assert judge(changed, passage_text, "Editor").status != "supported"

@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # a definition list's term stands for the entry its definition is under: an answer may name it
    ("-g\n\n--showcursor\n\nMake the cursor visible in the file browser and in the help viewer. Useful "
     "for braille users and people with poor vision.",
     "The --showcursor option makes the cursor visible in the file browser and the help viewer, "
     "which is useful for braille users and people with poor vision.",
     "The --showhelp option makes the cursor visible in the file browser and the help viewer, which "
     "is useful for braille users and people with poor vision."),
    # everyday words joined by a hyphen open a sentence without naming anything; "-less" denies
    ("Options that take no argument are unset by default; options that take one can be given the "
     "empty string.",
     "Argument-less options are unset by default, and options that take one can be given the empty "
     "string.",
     "Argument-less options are unset by default, and options that take one can be given the empty "
     "string in nanorc."),
    # "the fourth row" is no "fifth row"
    ("The ruler is the fourth row from the top of the window.",
     "The ruler sits in the fourth row from the top of the window.",
     "The ruler sits in the fifth row from the top of the window."),
    # a negation in the very words of another ("without a config file") does not keep the first
    ("The first version could not be started without a config file, could not reload, and had no log.",
     "The first version could not be started without a config file and could not reload.",
     "The first version could be started without a config file but could not reload."),
    # a hedge after the condition's comma ("When ..., you probably want to") hedges the main clause
    ("When using this mode, you probably want to disable the cache as well.",
     "When using this mode, you will probably want to disable the cache too.",
     "When using this mode, you must disable the cache too."),
], ids=["defined-term", "common-compound", "ordinal", "same-words-negation", "hedge-after-condition"])
def test_the_claims_held_out_set_61_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Tool").status == "supported"
    assert judge(changed, passage_text, "Tool").status != "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # "A before B" restated as "B after A" keeps the order; the same word with the events exchanged turns it
    ("With this setting on, the program shows a warning before it replaces the old copy.",
     "With this setting on, the program replaces the old copy after it shows a warning.",
     "With this setting on, the program replaces the old copy before it shows a warning."),
    # of two sentences naming options, the one naming the claim's own is its evidence
    ("A spare folder for both the logs and the cache may be given with the -K option. A spare folder for the "
     "logs only may be given with the -L option.",
     "The -L option lets you give a spare folder for the logs alone.",
     "A spare folder for the logs alone must be given with the -L option."),
    # a long option one part off the passage's is another option
    ("Sound can be turned off by passing the --disable-sound option to the build script.",
     "Passing --disable-sound to the build script turns sound off.",
     "Passing --disable-audio to the build script turns sound off."),
    # a lone capital letter names a key: another letter is another key
    ("Pressing W saves the list and pressing Q leaves the program.",
     "Pressing Q leaves the program, and W saves the list.",
     "Pressing Q leaves the program, and S saves the list."),
    # "everyone's" is everyone: "every reader" restates it
    ("The colours can be changed to suit everyone's eyes.",
     "The colours can be changed to suit every reader's eyes.",
     "The colours must be changed to suit every reader's eyes."),
    # "suitable" for "appropriate"; a reason opening its clause after a colon ends at the comma
    ("The tool has two modes. The batch mode lets you run it from a script with appropriate flags, thanks to "
     "its plain output.",
     "The tool has two modes: thanks to its plain output, the batch mode lets you run it from a script with "
     "suitable flags.",
     "The tool has two modes: thanks to its coloured output, the batch mode lets you run it from a script with "
     "suitable flags."),
    # a participle joined to a passive one by "and" is passive too ("is opened by X and followed by Y")
    ("Each field is opened by a dollar sign and is followed by a letter which names it.",
     "Each field is opened by a dollar sign and followed by a letter that names it.",
     "Each field is opened by a letter and followed by a dollar sign that names it."),
    # "X is used to browse them" gives X as the means, as "browse them using X" does
    ("The screen has two panes which you can switch between using the arrow keys.",
     "The arrow keys are used to switch between the screen's two panes.",
     "The arrow keys are used to switch between the screen's three panes."),
    # "it can be wise to" advises: "must" obliges
    ("Even if the library is found, it can be wise to give its path with the --lib-dir option.",
     "Even if the library is found, you should give its path with the --lib-dir option.",
     "Even if the library is found, you must give its path with the --lib-dir option."),
    # ", as X is able to": X is the cause; the answer may not give it as the effect
    ("Alarms still ring when the window is closed, as the clock keeps running in the background.",
     "Because the clock keeps running in the background, alarms still ring when the window is closed.",
     "The clock keeps running in the background because alarms have to ring when the window is closed."),
    # another doer after the same passive verb
    ("The first step is performed by programmers, who mark the words to translate.",
     "The first step is carried out by programmers, who mark the words to translate.",
     "The first step is performed by the translators, who mark the words to translate."),
], ids=["before-after", "option-evidence", "long-option", "key-letter", "possessive-everyone", "synonym-and-reason",
        "joined-passive", "used-to", "wise", "cause-turned", "agent"])
def test_the_claims_held_out_set_62_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Organizer").status == "supported"
    assert judge(changed, passage_text, "Organizer").status != "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # a predicate's arity is part of its name, no count; a reference entry's heading with its arguments names
    # what the definition under it is about
    ("format_hook(+Value, +Var)\n\nCalled for each attribute when printing. It cannot work with predicates like "
     "copy_term/3.",
     "format_hook/2 is called for each attribute when printing.",
     "format_hook/2 is never called for each attribute when printing."),
    ("put_value(+Var, +Name, +Value)\n\nSet the value for the attribute called Name to Value. The old value is "
     "replaced.",
     "put_value/3 sets the value for the attribute called Name to Value, replacing the old value.",
     "put_value/3 never sets the value for the attribute called Name to Value."),
    # "has no option but X" says it must use X
    ("Programs that need more than 4 GB of memory must use the 64-bit edition.",
     "A program needing over 4 GB of memory has no option but the 64-bit edition.",
     "A program needing over 4 GB of memory has no option but the 32-bit edition."),
    # "Should X happen, ..." puts a condition first; it gives no advice
    ("If at the end of the evaluation we can still not decide on p, run the continuation q while keeping the delay "
     "list.",
     "Should p remain undecided at the end of the evaluation, the continuation q is run with the delay list kept.",
     "Should p remain undecided at the end of the evaluation, the continuation q is run three times."),
    # positive and negative are opposites
    ("The final step removes positive loops from the graph.",
     "In the final step, positive loops are removed from the graph.",
     "The final step removes negative loops from the graph."),
], ids=["arity", "signature-heading", "no-option-but", "should-condition", "positive-negative"])
def test_the_claims_held_out_set_63_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Reference Manual").status == "supported"
    assert judge(changed, passage_text, "Reference Manual").status != "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # "disregarding if" sets a condition aside as "regardless of whether" does
    ("If you know the address of a process, you can send it a message disregarding if it runs on this machine or "
     "another one.",
     "Knowing a process's address, you can send it a message regardless of whether it runs on this machine or "
     "another one.",
     "Knowing a process's address, you cannot send it a message if it runs on another machine."),
    # "easier" and "harder" are opposites
    ("This kind of problem can be solved easier with the standard library's tools.",
     "The standard library's tools make this kind of problem easier to solve.",
     "The standard library's tools make this kind of problem harder to solve."),
    # the opposite put on the same noun, however else the passage uses the word: "same name" / "different names"
    ("You can start two systems on the same computer but give them different names.",
     "Two systems can run on the same computer as long as they have different names.",
     "Two systems can run on the same computer under the same name."),
], ids=["disregarding-if", "easier-harder", "opposite-on-its-noun"])
def test_the_claims_held_out_set_64_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Getting Started").status == "supported"
    assert judge(changed, passage_text, "Getting Started").status != "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # the opposite said of the same thing through a preposition: "enabled at startup" / "disabled at startup",
    # in the sentence after the evidence, which leans on it ("However, it ...")
    ("The tool offers a cache that can be enabled to speed up lookups. However, it is disabled at startup.",
     "The tool offers a cache to speed up lookups, but it is disabled at startup.",
     "The tool offers a cache to speed up lookups, and it is enabled at startup."),
    # a reason the answer gives after "the reason being that" is a cause like "because"
    ("Saved reports are not refreshed on open. The reason for this is that reports are cached on disk.",
     "Saved reports are not refreshed on open, the reason being that they are cached on disk.",
     "Saved reports are not refreshed on open, the reason being that the server locks them while users edit."),
    # a reference entry's signature (Sphinx writes its domain before the name and a return type after it) names
    # what the paragraphs under it describe, even two paragraphs down
    ("widgets.slugify(text: str, limit: Optional[int] = None) → str\n\nTurn text into a URL fragment.\n\n"
     "This may drop characters it cannot map. A dedicated library is usually the better choice.",
     "In some cases the slugify filter may drop characters it cannot map.",
     "In some cases the titlecase filter may drop characters it cannot map."),
    ("class shapes.RoundRect(radius=1.0, filled=False)\n\nDraw a rectangle with round corners.\n\nIf filled is "
     "set, the shape is painted solid. This is not supported when the radius is zero.",
     "RoundRect cannot be painted solid when its radius is zero.",
     "RoundPoly cannot be painted solid when its radius is zero."),
], ids=["opposite-through-preposition", "reason-being", "signature-domain", "signature-class"])
def test_the_claims_held_out_set_66_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Manual").status == "supported"
    assert judge(changed, passage_text, "Manual").status != "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # "discouraged" and "encouraged" are opposites
    ("Plugins may also be given as plain scripts, which works but is discouraged.",
     "Plugins may also be given as plain scripts, which works but is discouraged.",
     "Plugins may also be given as plain scripts, which works and is encouraged."),
    # a word denied by its prefix against its base said in other words: "unrestricted" / "constrained"
    ("The layout is meant to be simple. For instance, the choice of fonts is constrained.",
     "The layout is meant to be simple, so the choice of fonts is limited.",
     "The layout is meant to be simple, although the choice of fonts is unrestricted."),
    # a number's sign: "1" is not "-1"
    ("With wrapping on, index 2 gives the third item of the list, and index -1 gives its last item.",
     "With wrapping on, the last item of the list is what index -1 gives.",
     "With wrapping on, the last item of the list is what index 1 gives."),
    # "not the only place" says there is another; an answer's "only" still denies it
    ("Settings are read from the command line, but that is not the only place they can come from. The other place "
     "is the profile file.",
     "Settings come from the command line and can also come from a second place, the profile file.",
     "The command line is the only place settings can come from."),
    # "between the two" points back to the things just named: no count
    ("To choose between tabs and spaces, the advice is to use tabs for indentation and spaces for alignment.",
     "The advice for choosing between the two is to indent with tabs and align with spaces.",
     "The advice for choosing between the two is to indent with two tabs and align with spaces."),
    # what "It" stands for may be the function the sentence before names, and an answer may name it
    ("Paths may hold bytes that are not text.\n\nThe way to print them is the show_path() function. It never fails "
     "on a path. This lets such paths be printed inside any message.",
     "show_path() never fails on a path, which lets such paths be printed inside any message.",
     "read_path() never fails on a path, which lets such paths be printed inside any message."),
    # and the function a paragraph opened with, which its later sentences go on describing
    ("Reports can be opened in a viewer through view(). It waits until the viewer is closed. If the viewer is "
     "closed without saving, the return value will be None.",
     "If the viewer is closed without saving, view() returns None.",
     "If the viewer is closed without saving, export() returns None."),
    # a clause put first ends at its comma: the words after it are on no side of its verb
    ("The tool asks you to keep a backup copy so that you can restore the archive later.",
     "So that the archive can be restored later, the tool asks you to keep a backup copy.",
     "So that the archive can be restored later, the tool does not ask you to keep a backup copy."),
], ids=["discouraged", "prefix-against-synonym", "sign", "not-the-only", "the-two", "it-names-function",
        "paragraph-function", "clause-put-first"])
def test_the_claims_held_out_set_65_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Documentation").status == "supported"
    assert judge(changed, passage_text, "Documentation").status != "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # "simplest" and "complex" are opposites
    ("Many mail servers accept plain login. This is the simplest kind, and the client supports it out of the box.",
     "Many mail servers accept plain login, the simplest kind, which the client supports out of the box.",
     "Many mail servers accept plain login, the most complex kind, which the client supports out of the box."),
    # "whenever" is "every time"
    ("If you change the locale, the viewer will use the new value of view.locale whenever you call view.render.",
     "If you change the locale, the viewer uses the new view.locale value every time you call view.render.",
     "If you change the locale, the viewer uses the new view.locale value only the first time you call view.render."),
    # "behave differently than expected" is "not behave the way you expect"
    ("Setting cache.size may behave differently than expected. Values given will be replaced by the defaults file.",
     "cache.size might not behave the way you expect: the defaults file replaces the values you give.",
     "cache.size might not behave the way you expect: values you give are never replaced by the defaults file."),
    # "beyond those covered" is "not covered"
    ("Some servers accept commands not covered above. One example is the PURGE command some caches use.",
     "Some servers accept commands beyond those already covered; the PURGE command some caches use is one.",
     "Some servers accept only the commands covered above; the PURGE command some caches use is one."),
    # a comparison with words between the adjective and "than"
    ("Users should move to the new release now, since the old release no longer receives security fixes. The new "
     "release also starts up quickly on most systems.",
     "The new release also starts up fast on most systems.",
     "The new release also starts up quicker on most systems than the old release."),
], ids=["simplest-complex", "whenever-every-time", "differently", "beyond", "comparison-words-between"])
def test_the_claims_held_out_set_68_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Documentation").status == "supported"
    assert judge(changed, passage_text, "Documentation").status != "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # superlatives of opposites: "smallest" / "largest"
    ("Reporting every failure is useful. If disabled, only the failure with the smallest input is shown.",
     "With it disabled, only the failure with the smallest input is shown.",
     "With it disabled, only the failure with the largest input is shown."),
    # "keeping X from treading" says X does not tread
    ("Thanks to isolation, we only need to make sure the cache can't overwrite its own entries.",
     "Because of isolation, the only concern is keeping the cache from overwriting its own entries.",
     "Because of isolation, the only concern is letting the cache overwrite its own entries."),
    # a word said of the noun before it, left out after "or": "fewer runs ...; or more if ..."
    ("The tool might make fewer runs if it finds a bug early; or more if it throws some inputs away.",
     "The tool might make more runs if it throws some inputs away.",
     "The tool never makes more runs if it throws some inputs away."),
], ids=["superlatives", "keep-from", "elided-after-or"])
def test_the_claims_held_out_set_67_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Documentation").status == "supported"
    assert judge(changed, passage_text, "Documentation").status != "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # a possessive names whose it is, not which kind ("Babel's extraction method" / "the specific extraction method")
    ("This file maps patterns to the names of the parsing methods (the options depend on the specific parsing "
     "method).",
     "Lexo's parsing configuration file maps patterns to the names of parsing methods.",
     "The gettext parsing configuration file maps patterns to the names of parsing methods."),
    # a plural with no determiner is said of each one
    ("Section names (the strings in square brackets) give both the method's name and the file pattern.",
     "Each section name, written in square brackets, gives both the method's name and the file pattern.",
     "Only some section names give both the method's name and the file pattern."),
    # the same first part with another second: "read-write" / "read-only"
    ("The Reply object wraps the raw data and provides a read-only view of it.",
     "The Reply object wraps the raw data and gives a read-only view of it.",
     "The Reply object wraps the raw data and gives a read-write view of it."),
    # "no way ... besides X" says X is the only way, however far the "besides" stands
    ("Nobody likes the raw table, since it offers no way to reach the stored values besides decoding those values by "
     "hand.",
     "The only way the raw table offers to reach the stored values is decoding them by hand.",
     "The raw table offers several ways to reach the stored values, decoding them by hand among them."),
    # an attribute's signature names the entry under it
    ("_current_target: Callable[[], T]\n\nReturn the object this handle points to.\n\nUse it where the handle is "
     "not understood. It is also faster when you read the object many times in one function.",
     "Calling _current_target() is also faster when you read the object many times in one function.",
     "Calling _current_source() is also faster when you read the object many times in one function."),
], ids=["possessive", "bare-plural", "same-first-part", "besides-far", "attribute-signature"])
def test_the_claims_held_out_sets_69_and_70_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Documentation Lexo").status == "supported"
    assert judge(changed, passage_text, "Documentation Lexo").status != "supported"


@pytest.mark.parametrize(("passage_text", "changed"), [
    # two parts of one answer sentence, each in the passage, with each other's words
    ("Some edge cases, like files that failed to load, are not handled by the simple reloader. The fast reloader "
     "monitors such files too.",
     "Some edge cases, like files that failed to load, are not handled by the fast reloader, whereas the simple "
     "reloader monitors such files too."),
    # a relative clause after its comma stays with the name it describes
    ("The library provides Queue which wraps a list, and Table which wraps a dict.",
     "The library provides Queue, which wraps a dict, and Table, which wraps a list."),
], ids=["parts-exchanged", "relative-clause"])
def test_the_claims_held_out_set_70_exchanges_are_caught_and_the_sentence_as_written_is_not(passage_text, changed):
    assert judge(changed, passage_text, "Documentation").status != "supported"
    faithful = changed.replace("fast", "@").replace("simple", "fast").replace("@", "simple") \
        .replace("a dict, and Table, which wraps a list", "a list, and Table, which wraps a dict")
    assert judge(faithful, passage_text, "Documentation").status == "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # "any one" in a condition ("as soon as") where the passage needs all; "after all" before a noun quantifies
    ("You can run a cleanup hook after all uploads failed, without stopping the queue.",
     "You can run a cleanup hook once every upload has failed, without stopping the queue.",
     "You can run a cleanup hook as soon as any one upload fails, without stopping the queue."),
    # "in all situations" says "always"
    ("Since version 4, the hook is also called on errors, so that workers can release their locks in all situations.",
     "Since version 4 the hook runs on errors too, so workers can always release their locks.",
     "Since version 4 the hook runs on errors too, so workers can never release their locks."),
    # the first time is no final time
    ("Normally when the job fails its final time, an alert is sent.",
     "Normally an alert is sent when the job fails its final time.",
     "Normally an alert is sent when the job fails for the first time."),
    # a value marked "(the default)" in a list of values
    ("The mode can be 'fast' (the default), 'safe' or 'paranoid'.",
     "The mode may be 'fast' (the default), 'safe' or 'paranoid'.",
     "The mode may be 'safe' (the default), 'fast' or 'paranoid'."),
    # "the default is changed to" gives the value after it
    ("The method also takes a mode. On remote objects, the default is changed to 'lazy'.",
     "On remote objects the mode defaults to 'lazy' instead.",
     "On remote objects the mode defaults to 'eager' instead."),
    # the passage's word in the slot is said elsewhere in the answer, which moved it
    ("Riverbed is an MIT licensed general-purpose retrying library, written in Go, to simplify adding retry "
     "behavior to any service.",
     "Riverbed is a general-purpose Go library, released under the MIT license, that makes adding retry behavior "
     "to any service simple.",
     "Riverbed is a general-purpose Rust library, released under the MIT license, that makes adding retry behavior "
     "to any service simple."),
    # "Keystone-style" names Keystone: it is like what the passage says it is known from
    ("It is possible to use the .dump() method (known from Keystone objects) to save the result into a file.",
     "The Keystone-style .dump() method can save the result into a file.",
     "The Gatekeeper-style .dump() method can save the result into a file."),
], ids=["any-one-for-all", "in-all-situations", "first-final",
        "marked-default", "default-changed-to", "slot-word-moved", "likeness-suffix"])
def test_the_claims_held_out_sets_80_and_81_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Documentation Lexo").status == "supported"
    assert judge(changed, passage_text, "Documentation Lexo").status != "supported"


def test_reduce_restates_minimise_beside_the_passages_increasing():
    passage_text = "When several workers contend for a shared queue, exponentially increasing backoff helps " \
        "minimise conflicts."
    assert judge("Exponentially growing backoff helps reduce conflicts when several workers are contending for a "
                 "shared queue.", passage_text).status == "supported"


def test_a_name_swapped_where_the_answer_runs_on_past_the_passages_sentence_is_caught_though_the_essay_names_it():
    # the essay's author is in the context, so the name check alone lets the swapped name through
    passage_text = "The shell ships a set of ready-made prompts, first drawn up by Ada Moreno. They let you start " \
        "quickly."
    context = "Shell Guide, by Ben Ortiz"
    assert judge("The shell ships ready-made prompts, first drawn up by Ada Moreno, which let you start quickly.",
                 passage_text, context).status == "supported"
    assert judge("The shell ships ready-made prompts, first drawn up by Ben Ortiz, which let you start quickly.",
                 passage_text, context).status == "contradicted"


def test_an_after_all_that_opens_a_clause_and_left_alone_quantify_nothing():
    passage_text = "After all, the cache is rebuilt at start. During setup the values are not ready and should not be read."
    assert judge("The cache is rebuilt at start after all.", passage_text).status == "supported"
    assert judge("During setup the values are not ready yet and should be left alone.",
                 passage_text).status == "supported"


@pytest.mark.parametrize(("passage_text", "faithful", "changed"), [
    # "most" says that some are not: the passage says "all", or only "many"
    ("Every plugin loaded at start registers its own hooks.",
     "Each plugin loaded at start registers its own hooks.",
     "Most plugins loaded at start register their own hooks."),
    ("Many readers find it odd that an empty Node counts as false in a test.",
     "Plenty of readers find it odd that an empty Node counts as false in a test.",
     "Most readers find it odd that an empty Node counts as false in a test."),
    # "as little as" is no "as much as"
    ("The scanner then tries to read as much of the header as possible.",
     "The scanner then tries to read as much of the header as it can.",
     "The scanner then tries to read as little of the header as possible."),
    # "-like" says "-ish"
    ("The loader returns a tree-ish view of the records.",
     "The loader gives back a tree-like view of the records.",
     "The loader gives back a list-like view of the records."),
    # a default's note in brackets is not the case the sentence is about
    ("If keep_blank is True (default: False), blank lines are kept as well.",
     "If keep_blank is True, blank lines are kept as well.",
     "If keep_blank is False, blank lines are kept as well."),
], ids=["most-for-all", "most-for-many", "little-for-much", "like-for-ish", "default-note"])
def test_the_claims_held_out_sets_82_and_83_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text, "Documentation Lexo").status == "supported"
    assert judge(changed, passage_text, "Documentation Lexo").status != "supported"


def test_a_preference_turned_round_is_caught_and_one_kept_or_fronted_is_not():
    passage_text = "When the last handle is closed, its buffer is freed immediately rather than waiting for the next sweep."
    assert judge("Closing the last handle frees its buffer at the next sweep rather than immediately.",
                 passage_text).status == "contradicted"
    assert judge("Closing the last handle frees its buffer immediately instead of at the next sweep.",
                 passage_text).status == "supported"
    fronted = "The aim is to show that rather than copying the parser into the tool, we can call the parser itself."
    assert judge("The aim is to show that the tool can call the parser itself instead of copying the parser.",
                 fronted).status == "supported"


def test_not_only_adds_without_a_but_also():
    passage_text = "The code was tuned not just for speed and size, but also for clarity and an easy read."
    assert judge("The code was tuned for clarity and an easy read, not only for speed and size.",
                 passage_text).status == "supported"


# a reference page whose entries the cleaner kept as list items: the signature names what the parameters belong to
_DISK_STORE = ("- class shelfkit.disk.DiskShelf(root, limit=100)\n\n"
               "- Bases: shelfkit.base.Shelf A shelf that keeps its entries in files.\n\n"
               "- Parameters\n\n"
               "- root (str) \u2013 the folder where entry files are written.\n\n"
               "- purge(key)\n\n"
               "- Removes the key from the shelf without reading it.")


def test_a_reference_entry_written_as_list_items_names_what_its_parameters_and_methods_belong_to():
    assert judge("For DiskShelf, root is the folder where entry files are written.", _DISK_STORE).status == "supported"
    assert judge("purge() removes the key from the shelf without reading it.", _DISK_STORE).status == "supported"
    assert judge("For MemoryShelf, root is the folder where entry files are written.", _DISK_STORE).status != \
        "supported"
    assert judge("evict() removes the key from the shelf without reading it.", _DISK_STORE).status != "supported"


@pytest.mark.parametrize("passage_text, faithful, changed", [
    # "we encourage you to" advises; it obliges no one
    ("We encourage you to keep each plugin in a module of its own.",
     "You should keep each plugin in a module of its own.",
     "You must keep each plugin in a module of its own."),
    # "supposed to" says what should be
    ("The names in the main list are supposed to be unique among all loaders.",
     "The names in the main list should be unique among all loaders.",
     "The names in the main list may be unique among all loaders."),
], ids=["encourage", "supposed-to"])
def test_advice_in_other_words_is_advice(passage_text, faithful, changed):
    assert judge(faithful, passage_text).status == "supported"
    assert judge(changed, passage_text).status != "supported"


def test_a_ranking_the_passage_does_not_make_is_not_supported():
    passage_text = "The PlainWriter is the simplest writer that ships with the toolkit."
    assert judge("The simplest writer shipped with the toolkit is the PlainWriter.", passage_text).status == \
        "supported"
    assert judge("The PlainWriter is the simplest writer shipped with the toolkit and also the quickest one.",
                 passage_text).status == "not_stated"
    # a ranking of the passage's may be said in other words ("the easiest" for "the simplest"); none added to it
    assert judge("The PlainWriter is the easiest writer that ships with the toolkit.", passage_text).status == \
        "supported"
    assert judge("The PlainWriter is the most reliable writer that ships with the toolkit.",
                 "The PlainWriter is a writer that ships with the toolkit.").status == "not_stated"


def test_a_verb_the_evidence_says_twice_is_no_exchange_of_roles():
    twice = ("How other fields of the address are resolved depends on the backend and the plugin used. "
             "The port field especially tends to be resolved differently by plugins.")
    assert judge("Plugins tend to resolve the port field of the address differently.", twice).status == "supported"


def test_a_paraphrase_in_synonyms_is_about_its_passage():
    # WordNet's commonest senses: "starts" ~ "begins", "shows" ~ "displays", "mistakes" ~ "errors"
    passage_text = "The checker begins a sweep and displays the errors."
    assert judge("The tool starts a scan and shows the mistakes.", passage_text).status == "supported"
    assert judge("The tool halts a scan and deletes the logs.", passage_text).status == "not_stated"


@pytest.mark.parametrize("passage_text, faithful, changed", [
    # a comparative's opposite: "the simpler format" / "the more complex format"
    ("By default a Python script is written. To use the simpler text format, pass --plain.",
     "To get the simpler text format instead of a Python script, pass --plain.",
     "By default a Python script is written, and --plain selects the more complex text format."),
    ("The undo command asks about each change, starting with the most recently made.",
     "The undo command asks about each change, beginning with the newest one.",
     "The undo command asks about each change, starting with the one made earliest."),
    # a dotted name whose last part is another: "queue.Queue" / "queue.LifoQueue"; a plural of it is the same name
    ("The default container used is queue.LifoQueue, but any object with put() and get() can be passed in.",
     "The default container is queue.LifoQueue, and any object with put() and get() may be given instead.",
     "The default container used is queue.Queue, but any object with put() and get() can be passed in."),
    # "not necessary" permits; "must" obliges
    ("Strictly speaking, it is not necessary to call open() first, but it is good practice to be explicit.",
     "You need not call open() first, though being explicit is good practice.",
     "You must call open() first, and being explicit is good practice."),
    # "most" where the passage denies it of any
    ("For this reason the tool will not build an index for any of the deferred columns.",
     "The tool builds no index for the deferred columns.",
     "The tool will not build an index for most of the deferred columns."),
    # a comparison made with a verb ("beats"), which the passage does not make
    ("Batch writes, which the driver supports, give steady and efficient throughput.",
     "The driver supports batch writes, which give efficient and steady throughput.",
     "Batch writes, which the driver supports, give efficient throughput that beats single writes."),
], ids=["simpler-complex", "recent-earliest", "dotted-name", "not-necessary", "most-for-denied-any", "beats"])
def test_the_claims_held_out_sets_86_to_93_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text).status == "supported"
    assert judge(changed, passage_text).status != "supported"


def test_a_condition_met_by_one_where_the_passage_needs_all_is_caught_after_as_long_as():
    passage_text = "Unions of record classes can be loaded, given that all of the classes have a unique field."
    assert judge("Unions of record classes can be loaded as long as at least one of the classes has a unique "
                 "field.", passage_text).status != "supported"


@pytest.mark.parametrize("passage_text, faithful, changed", [
    # a requirement the passage does not make: "is a good idea" / "must"
    ("When a field holds a list, it is a good idea to give its default as a small function.",
     "When a field holds a list, giving its default as a small function is a good idea.",
     "When a field holds a list, its default must be given as a small function."),
    ("Feel free to write to the list if something is unclear.",
     "If something is unclear, you are welcome to write to the list.",
     "If something is unclear, you are required to write to the list."),
    # the release a behaviour starts from, said as the one it stops at
    ("In releases previous to 2.4, the reader returns byte strings.",
     "Before release 2.4 the reader returned byte strings.",
     "Since release 2.4, the reader returns byte strings."),
    # during something, said as once it is over
    ("The spinner is drawn while the download is running.",
     "While the download runs, the spinner is drawn.",
     "The spinner is drawn once the download has finished."),
    # which hit counts: "the last hit" / "the first hit" (a hit here is no loss)
    ("The client is blocked for ten more seconds after the last hit.",
     "After the last hit, the client stays blocked for ten more seconds.",
     "The client is blocked for ten more seconds after the first hit."),
    # a comparative turned round with no "than": "is faster" / "is slower"
    ("The compact variant is faster and uses more memory.",
     "The compact variant runs faster, using more memory.",
     "The compact variant is slower and uses more memory."),
    # success and failure
    ("The hook is called when the login is successful.",
     "When the login succeeds, the hook is called.",
     "The hook is called when the login fails."),
    # the future for the past
    ("The setting affects how future records are stored.",
     "How future records are stored depends on the setting.",
     "The setting affects how past records are stored."),
    # "non-overlapping" denies "overlap" in any form of the word
    ("The file is split into non-overlapping blocks.",
     "The file is split into blocks that do not overlap.",
     "The file is split into blocks, which may overlap."),
    # a purpose given with "such that" is stated, as with "so that"
    ("A bad token should raise an error such that it cannot pass unnoticed.",
     "A bad token should raise an error so that it cannot pass unnoticed.",
     "A bad token should raise an error so that it can be logged."),
], ids=["good-idea-must", "feel-free-required", "previous-to-since", "while-once-finished", "last-first-hit",
      "faster-slower", "successful-fails", "future-past", "non-overlapping", "such-that"])
def test_the_claims_held_out_sets_86_to_109_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text).status == "supported"
    assert judge(changed, passage_text).status != "supported"


def test_a_requirement_said_in_any_words_of_the_passage_is_not_added():
    # "make sure", "needed", "only ... can": the passage does require, so "must" restates it
    assert judge("Every node must have the same key file.",
                 "Make sure that every node has the same key file.").status == "supported"
    assert judge("Running the cleaner by hand must only happen for one-off tidying.",
                 "Running the cleaner by hand should only be needed for one-off tidying.").status == "supported"
    # "you just need to" says what is enough, no requirement added
    assert judge("For the first case you just need to push a global handler.",
                 "The first case is easy to handle: push a global handler.").status == "supported"




def test_a_sentence_on_another_case_of_the_same_condition_does_not_deny_the_answer():
    """Set 104's fh57: "If use_ha1_pw is False, then ..." read as denying the answer's "If use_ha1_pw is True, ..."."""
    passage_text = ("The scope argument gives the application's own scope name in the challenge header.\n\n"
                    "If use_hashed_key is False, then the get_key callback needs to return the plain text key for the "
                    "given user. If use_hashed_key is True, the get_key callback needs to return the hashed value for "
                    "the given user. The advantage of setting use_hashed_key to True is that it lets the application "
                    "keep the hash of the key in the user database.\n\nmake_hash(username, key)\n\nMake the hash "
                    "that can be kept in the user database when use_hashed_key is set to True in the constructor.")
    assert judge("If use_hashed_key is True, the get_key callback must return the hashed value for the given user.",
                 passage_text).status == "supported"
    assert judge("If use_hashed_key is True, the get_key callback must return the plain text key for the given "
                 "user.", passage_text).status != "supported"


@pytest.mark.parametrize("passage_text, faithful, changed", [
    # a detail added after "especially" or ", which also", in words the passage does not have
    ("Moving the parsing to a worker cuts the time the main loop is blocked, which makes the server respond faster.",
     "Parsing in a worker blocks the main loop for less time, so the server responds faster.",
     "Parsing in a worker cuts the time the main loop is blocked, especially for uploads of large images."),
    ("The strict flag turns on checks of the header fields.",
     "The strict flag enables checks of the header fields.",
     "The strict flag turns on checks of the header fields, which also rejects unsigned archives."),
    # how often: "always" / "usually"
    ("Reviewers will always reply within the week.",
     "Reviewers always reply within the week.",
     "Reviewers will usually reply within the week."),
    # "stable" storage is not "temporary" storage
    ("save() writes the record to stable storage.",
     "The record is written to stable storage by save().",
     "save() writes the record to temporary storage."),
    # "you might like to" advises nothing that "must" obliges (the passage obliges elsewhere)
    ("Newcomers might like to read the tour before the reference. Every patch must be signed off.",
     "Newcomers may want to read the tour before the reference.",
     "Newcomers must read the tour before the reference."),
    # another verb of the same subject: "a handler can be given" / "a handler must be supplied"
    ("For batch mode, a progress() handler can be given for reporting each step. A job name is required.",
     "In batch mode a progress() handler can be given to report each step.",
     "For batch mode, a progress() handler must be supplied for reporting each step."),
    # "respectively" pairs two lists in order
    ("The project runs ruff and mypy for style and types, respectively.",
     "For style and types the project runs ruff and mypy, respectively.",
     "The project runs mypy and ruff for style and types, respectively."),
    # what is copied, and where to
    ("Copy the file conf/sample.ini to app/settings.ini and edit it.",
     "Copy conf/sample.ini to app/settings.ini, then edit it.",
     "Copy app/settings.ini to conf/sample.ini and edit it."),
    # "some" says not all
    ("The sieve crosses out all multiples of each prime it meets.",
     "Each prime the sieve meets has all of its multiples crossed out.",
     "The sieve crosses out some multiples of each prime it meets."),
    # a cause in the passage's own words: "understand why" and "as rst" state none
    ("The log holds many debug messages that help to understand why and where the reader stops.",
     "Many debug messages in the log help to understand why and where the reader stops.",
     "Because the reader stops often, the log holds many debug messages that help to understand where it stops."),
    # a guarantee the passage does not give: "could" / "is guaranteed to", "aims to" / "is guaranteed to"
    ("On other systems with the same calls, the library could be used as well.",
     "The library could be used as well on other systems with the same calls.",
     "On other systems with the same calls, the library is guaranteed to work as well."),
    ("The report layout aims to follow the compiler's usual format.",
     "The report layout tries to follow the compiler's usual format.",
     "The report layout is guaranteed to match the compiler's usual format."),
], ids=["especially-added", "which-also-added", "always-usually",
      "stable-temporary", "might-like-must", "can-given-must-supplied", "respectively", "copied-the-other-way",
      "some-for-all", "cause-from-understand-why", "guarantee-could",
      "guarantee-aims"])
def test_the_claims_held_out_sets_116_to_127_taught_in_other_words_are_judged_rightly_and_a_changed_one_is_caught(
        passage_text, faithful, changed):
    assert judge(faithful, passage_text).status == "supported"
    assert judge(changed, passage_text).status != "supported"


def test_an_answer_may_name_what_the_passage_calls_by_its_kind_under_its_heading():
    """django-braces' pages: under the heading "LoginRequiredMixin" the text says "This mixin is rather simple";
    an answer saying "LoginRequiredMixin is rather simple" was judged a swapped name."""
    text = ("This policy retries each failed call three times before it gives up. The policy assumes that every "
            "call can safely be repeated.")
    assert judge("RetryPolicy retries each failed call three times before it gives up.", text,
                 "Policies RetryPolicy").status == "supported"
    assert judge("RetryPolicy assumes that every call can safely be repeated.", text,
                 "Policies RetryPolicy").status == "supported"
    # a name the heading does not give is still another thing
    assert judge("BackoffPolicy retries each failed call three times before it gives up.", text,
                 "Policies RetryPolicy").status != "supported"
