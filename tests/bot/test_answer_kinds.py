"""What a question asks for, and whether a sentence holds it: counts and dates told from years, versions and names."""
from dataclasses import replace

import pytest

from bot.answer_kinds import (
    KIND_CUES,
    asks_about_the_essays,
    counts_what_is_asked,
    question_kinds,
    required_kind,
    states_count,
    states_date,
    states_frequency,
    states_version,
    states_who,
)
from bot.extractive import ScoredSentence, lacks_asked_kind
from tests.bot.fixtures import passage


@pytest.mark.parametrize("sentence,counts", [
    ("This release was fully ELF, used Linux kernel 2.0, and contained 474 packages.", True),
    ("With 301 attendees it was the largest Debconf in the Western hemisphere to date.", True),
    ("The project had grown to several dozen people at this point.", True),
    ("Starting 17:00 UTC on November 19th, 2003, four of the project's main Web servers were compromised.", True),
    ("This release consisted of over 1500 packages maintained by over 400 developers.", True),
    ("One architecture was added in this release: AMD64.", True),
    ("The budget was 2.5 million euros.", True),
    ("Chris Lamb led Debian from April 2017 until April 2019.", False),
    ("On 21 April 1999, Corel Corporation formed an alliance with Debian.", False),
    ("Debian 1.2 Rex (December 12th, 1996): Named for the plastic dinosaur.", False),
    ("Debconf11 was held in Banja Luka from 24 to 30 July 2011, with DebCamp from 17 to 23 July.", False),
    ("Debconf21 was held online from August 24 to August 28, 2021.", False),
    ("Debian 8 Jessie: named for the cow girl doll who first appeared in Toy Story 2.", False),
    ("The first meeting, called Debconf0, took place in Bordeaux in July 2000.", False),
    ("Frans was one of the most involved members of the Debian Installer team.", False),
    ("The m68k and s390x ports were still provided in the unstable distribution.", False),
])
def test_a_count_is_a_number_that_is_not_a_date_a_year_a_version_or_part_of_a_name(sentence, counts):
    assert states_count(sentence) is counts


def test_a_number_the_question_already_gives_is_not_an_answer():
    assert not states_count("Debian 5.0 contained 23,000 binary packages.", "Did Debian 5.0 have 23,000 packages?")
    assert states_count("Debian 5.0 contained 23,000 binary packages.", "How many packages did Debian 5.0 have?")


def test_a_date_is_a_year_a_month_or_a_written_date_the_question_does_not_give():
    assert states_date("Written by Ian A. Murdock, Revised 01/06/94")
    assert states_date("The project grew fast in the 1990s.")
    assert not states_date("Debian 2.1 was released in 1999.", "What did Debian release in 1999?")
    assert not states_date("The testing release is currently codenamed Bookworm.")


@pytest.mark.parametrize("question,kind", [
    ("How many votes did Chris Lamb receive?", "how_many"), ("How much did Corel pay?", "how_many"),
    ("In how many languages was it available?", "how_many"), ("When was Debian founded?", "when"),
    ("What year was it frozen?", "when"), ("How old was he?", None), ("How long did the freeze take?", "how_many"),
    ("Who founded Debian?", "who"), ("Whose idea was it?", None), ("When did Frans Pop die? Which team was he in?", None),
    # in the present tense "when" asks for a condition, which no date answers
    ("When is debug information actually needed?", None), ("When are the hooks run?", None),
    ("When will the next release be frozen?", "when"), ("On which date was it signed?", "when"),
    # a short opening phrase before the question word
    ("By default, how many minutes does the cache keep a password?", "how_many"),
    ("How often does the mirror pull new packages?", "how_often"),
    ("Which version of the tool first added the export command?", "version"),
    ("In which release were the new commands introduced?", "version"),
    ("Which version should I install?", "version"), ("Which option sets the version?", None),
    # "What's the minimum/latest ... version": a version, not "What is the release process?"
    ("What's the minimum OpenSSL version I need to build it?", "version"),
    ("What is the latest release of tinc?", "version"), ("What is the release process of Debian?", None),
    # a setting or a measure, which a number answers
    ("What compression level does the tool use by default?", "amount"),
    ("What is the maximum length of the summary line?", "amount"), ("What exit code does it return?", "amount"),
    ("What does level 3 add?", None), ("Which port did he maintain?", None)])
def test_only_single_when_who_and_how_many_questions_must_be_answered_with_a_date_a_name_or_count(question, kind):
    assert required_kind(question) == kind


def _chosen(*passages):
    return [ScoredSentence(p.n, 0, p.text, 0.9) for p in passages]


def test_a_when_question_needs_its_date_in_a_passage_that_names_what_it_asks_about():
    bookworm = passage(1, "The testing release is intended to become the next stable release, codenamed Bookworm.")
    older = passage(2, "Debian 2.1 was released on 09 March, 1999, after being delayed by a week.")
    question = "When was Debian 12 Bookworm released?"
    assert lacks_asked_kind(question, _chosen(bookworm, older), [bookworm, older])
    hamm = passage(1, "Debian 2.0 Hamm (July 24th, 1998): named for the piggy-bank in the Toy Story movies.")
    assert not lacks_asked_kind("When was Debian 2.0 Hamm released?", _chosen(hamm), [hamm])


def test_the_name_may_be_given_just_before_the_passage():
    frozen = passage(1, "The release was frozen on August 6, 2010, with many developers at the 10th DebConf.")
    question = "When was the Debian 6.0 Squeeze release frozen?"
    assert lacks_asked_kind(question, _chosen(frozen), [frozen], [""])
    assert not lacks_asked_kind(question, _chosen(frozen), [frozen],
                                ["Debian 6.0 Squeeze (February 2011): named for the green three-eyed aliens."])


def test_a_how_many_question_answered_with_years_only_is_refused():
    lamb = passage(1, "Chris Lamb led Debian from April 2017 until April 2019.")
    assert lacks_asked_kind("How many votes did Chris Lamb receive?", _chosen(lamb), [lamb])
    assert not lacks_asked_kind("What did Chris Lamb do?", _chosen(lamb), [lamb])


def test_a_bare_version_need_not_be_in_the_passage_that_holds_the_count():
    # the section says "The 7.x Releases"; whether "7.0" is there at all is missing_anchors' check, on every passage
    wheezy = passage(1, "Thanks to many translators, the installation system was available in 73 languages.")
    question = "In how many languages was the installation system of Debian 7.0 available?"
    assert not lacks_asked_kind(question, _chosen(wheezy), [wheezy], ["The 7.x Releases: Debian 7.0 was released."])
    montreal = passage(1, "The fifteenth DebConf Debconf14 was held in Portland. With 301 attendees it was the largest.")
    assert lacks_asked_kind("How many people attended Debconf17?", _chosen(montreal), [montreal])


def test_a_follow_up_asks_in_its_own_words_about_what_the_turn_before_named():
    portland = passage(1, "The fifteenth DebConf Debconf14 was held in Portland. With 301 attendees it was the largest.")
    standalone = "Where was Debconf17 held? How many people attended it?"
    assert lacks_asked_kind(standalone, _chosen(portland), [portland], focus="How many people attended it?")
    assert not lacks_asked_kind(standalone.replace("17", "14"), _chosen(portland), [portland],
                                focus="How many people attended it?")


def test_a_year_the_question_names_must_be_in_the_passage_that_holds_the_count():
    voters = passage(1, "In the leader elections of the previous four years the number of voters was around 40% of developers.")
    assert lacks_asked_kind("How many people voted in the 2010 leader election?", _chosen(voters), [voters])
    assert not lacks_asked_kind("How many people voted in the leader elections?", _chosen(voters), [voters])


def test_a_span_of_time_answers_how_long_but_is_no_count():
    sentence = "If we do not receive this information within a month of the request, the bug may be closed."
    assert KIND_CUES["how_many"](sentence, "How long does the team wait before closing a bug?")
    assert not KIND_CUES["how_many"](sentence, "How many bugs does the team close?")
    assert not KIND_CUES["how_many"]("The bug may be closed after the request.", "How long does the team wait?")


@pytest.mark.parametrize("sentence,names", [
    ("The 'orig' tarball is generated by the genorig.py script.", False),
    ("The Debian kernel team keeps track of the bugs.", True),           # a body named by its role
    ("Ian Jackson wrote the first version of dpkg.", True),
    ("It was first written by him.", False)])
def test_a_who_question_is_answered_by_a_name_or_a_role(sentence, names):
    assert states_who(sentence, "Who wrote it?") is names


def test_a_who_question_whose_chosen_sentences_name_nobody_is_refused():
    found = passage(1, "The 'orig' tarball is generated by the genorig.py script, which needs a Git repository.")
    assert lacks_asked_kind("Who wrote the genorig.py script?", _chosen(found), [found])
    named = passage(1, "The genorig.py script was written by Ben Hutchings.")
    assert not lacks_asked_kind("Who wrote the genorig.py script?", _chosen(named), [named])


def test_a_how_long_question_needs_a_span_of_time_or_a_count():
    wait = passage(1, "You must file a transition bug and wait for the approval of the Release Team.")
    question = "How long does the Release Team take to approve a transition?"
    assert lacks_asked_kind(question, _chosen(wait), [wait])
    month = passage(1, "Bugs may be closed if the requested information is not given within a month.")
    assert not lacks_asked_kind("How long does the team wait for the information?", _chosen(month), [month])
    length = passage(1, "Keep the package name to 30 characters or less.")
    assert not lacks_asked_kind("How long may a package name be?", _chosen(length), [length])


@pytest.mark.parametrize("sentence,question,counts", [
    ("The official set had 14 binary CDs.", "How many binary CDs were in the set?", True),
    ("Four of the project's main Web servers were compromised.", "How many Debian web servers were hit?", True),
    ("By then there were about 60 developers.", "How many people were building Debian?", True),   # people: a role
    ("Debconf14 had 301 attendees.", "How many people came to Debconf14?", True),
    # a number of something else answers nothing
    ("The server needs 60 GiB of disk.", "How many minutes does the first boot take?", False),
    ("As one main difference, the image is now generated on the server.", "How many minutes does it take?", False),
    ("The port was not in this release; 120 packages were dropped.", "How many packages did the m68k port have?",
     True),
    # the count may follow what it counts, in brackets
    ("Mutt caches a limited number of recently viewed messages (usually 10) per session.",
     "How many recently viewed messages does Mutt keep?", True),
    ("Mutt caches recently viewed messages; the server allows 10 connections.",
     "How many recently viewed messages does Mutt keep?", False)])
def test_a_how_many_question_needs_a_number_of_what_it_counts(sentence, question, counts):
    assert KIND_CUES["how_many"](sentence, question) is counts


def test_a_how_many_question_answered_with_a_number_of_something_else_is_refused():
    image = passage(1, "As one main difference, the image for diskless clients is now generated at first boot.")
    assert lacks_asked_kind("How many minutes does generating the image take?", _chosen(image), [image])


def test_a_version_is_a_dotted_number_or_a_named_release_with_its_number():
    assert states_version("The export command first appeared in 2.23.")
    assert states_version("Support came with Debian 8 and stayed.")
    assert states_version("It was added in release 4 of the tool.")
    assert states_version("The images are built from 10 (buster).")
    assert not states_version("The export command writes the tree to a directory.")
    assert not states_version("Version 2.23 added it.", "What did version 2.23 add?")


def test_a_version_of_another_program_does_not_answer_which_release_of_the_one_asked_about():
    question = "In which Kea release did GSS-TSIG support first appear?"
    assert not states_version("GSS-TSIG requires MIT Kerberos 5 or Heimdal libraries.", question)
    assert states_version("GSS-TSIG support was added in Kea 2.0.0.", question)
    assert states_version("GSS-TSIG support was added in version 2 of the server.", question)
    assert states_version("GSS-TSIG support was added in 2.0.0.", question)
    assert states_version("It requires MIT Kerberos 5.", "Which version of the server added it?")   # no program named


def test_one_as_a_pronoun_is_no_count():
    assert not states_count("As root one needs to run kinit first to get a ticket.")
    assert states_count("Only one server is needed for the whole site.")


def test_a_frequency_is_said_in_words():
    assert states_frequency("The display is refreshed every half second.")
    assert states_frequency("The job runs hourly.") and states_frequency("It runs once a day.")
    assert not states_frequency("The display shows the download progress.")


def test_a_how_often_question_is_answered_by_the_span_between_repeats():
    question = "How often are notifications repeated?"
    assert KIND_CUES["how_often"]("The interval attribute is not set -- it defaults to 30 minutes.", question)
    assert KIND_CUES["how_often"]("Files are rotated in a 15 seconds interval.", question)
    assert not KIND_CUES["how_often"]("Notifications are sent to the users of the group.", question)


def test_a_which_version_question_answered_with_no_version_is_refused_in_extractive_mode():
    text = "The export command writes the tree to a directory. It was added to the tool some time ago."
    assert lacks_asked_kind("Which version of the tool first added the export command?",
                            _chosen(passage(1, text)), [passage(1, text)])
    dated = "The export command was added to the tool in version 2.23."
    assert not lacks_asked_kind("Which version of the tool first added the export command?",
                                _chosen(passage(1, dated)), [passage(1, dated)])


def test_the_question_word_may_come_after_the_sentences_that_set_the_question_up():
    assert question_kinds("I added x += 1 below the print and now it raises UnboundLocalError. Why?") == ["why"]
    assert required_kind("My build broke after the upgrade. When was the fix released?") == "when"


def test_a_can_i_question_is_answered_by_a_reply():
    assert question_kinds("Can I assign to a variable inside a while condition, like in C?") == ["can"]
    assert KIND_CUES["can"]("Starting in Python 3.8, you can!", "")
    assert KIND_CUES["can"]("It is not possible to do that in one statement.", "")
    assert not KIND_CUES["can"]("Assignment expressions assign a variable in an expression:", "")


def test_a_question_for_a_setting_answered_with_no_number_is_refused_in_extractive_mode():
    question = "What compression level does the tool use by default?"
    text = "The tool compresses the tarball with gzip unless told otherwise. Compression can be switched off."
    assert lacks_asked_kind(question, _chosen(passage(1, text)), [passage(1, text)])
    levelled = "The tool compresses the tarball with gzip at level 9 unless told otherwise."
    assert not lacks_asked_kind(question, _chosen(passage(1, levelled)), [passage(1, levelled)])


def test_a_default_value_may_be_a_word_and_a_release_may_be_written_with_dots():
    question = "What is the default value of AllowOverride?"
    text = "The default value of AllowOverride is None. This means .htaccess files are ignored."
    assert not lacks_asked_kind(question, _chosen(passage(1, text)), [passage(1, text)])
    assert required_kind("In which 2.4.x release was mod_http2 first shipped?") == "version"


def test_a_question_in_two_parts_is_answered_by_two_passages_each_naming_its_own_part():
    question = "Which version of libnghttp2 is needed to build mod_http2, and which OpenSSL version is needed?"
    first = passage(1, "Building mod_http2 requires at least version 1.2.1 of libnghttp2 installed on your system.")
    second = passage(2, "If OpenSSL is the library you use, you need at least version 1.0.2.")
    both = [first, second]
    assert not lacks_asked_kind(question, _chosen(first, second), both)
    # a version in a passage that names neither part answers neither, however many passages hold one
    other = passage(2, "The library is packaged for Debian in version 3.4.")
    assert lacks_asked_kind(question, _chosen(first, other), [first, other])


@pytest.mark.parametrize("question,about_essays", [
    ("Who wrote the page on leap second smearing?", True),
    ("Which version of the External Dependency Solver Protocol does the specification describe?", True),
    ("Which Borg release does this documentation describe?", True),
    ("What is the title of the FAQ chapter stored as FAQ04.html?", True),
    ("Is libtasn1 thread-safe?", False),
    ("Which version of APT first added support for external dependency solvers?", False),
    ("In what order does NTPsec read the configuration snippets?", False)])
def test_a_question_about_the_essays_is_told_from_one_about_what_they_say(question, about_essays):
    assert asks_about_the_essays(question) is about_essays


def test_a_range_of_numbers_counts_what_a_how_many_question_asks():
    question = "How many characters per line should the details of a commit message not exceed?"
    assert counts_what_is_asked("These details should not exceed 60-72 characters per line.", question)
    assert not states_count("Install version 2.6.31-1 of the kernel, released 2005-06-01.", question)


def test_a_question_in_two_how_many_parts_is_answered_by_a_count_of_either():
    question = ("How many tax accountants are in the factor example, and how many states and territories of "
                "Australia does its footnote say there are?")
    assert counts_what_is_asked("Readers should note that there are eight states and territories in Australia.",
                                question)
    assert counts_what_is_asked("Suppose we have a sample of 30 tax accountants from all the states.", question)
    assert not counts_what_is_asked("The example takes 12 lines of code.", question)


def test_a_number_with_its_unit_written_against_it_is_an_amount():
    question = "What maximum frame length is used?"
    assert KIND_CUES["amount"]("If you leave this open the maximum is set to 256kiB.", question)
    assert KIND_CUES["amount"]("It needs 500MB of memory.", question)
    assert not KIND_CUES["amount"]("Use the x86_64 build on RFC2616 hosts.", question)


def test_a_which_licence_question_answered_with_no_licence_is_refused_in_extractive_mode():
    """Sets 66, 67, 71 and 73: "What license is doit released under?" had been answered from whatever sentence on
    the tool scored best; a licence named, in any spelling, answers it."""
    question = "Our legal team vets every dependency. Under which licence is the scheduler distributed?"
    assert required_kind(question) == "license"
    text = "The scheduler runs each task in its own process. It is distributed as a single wheel."
    assert lacks_asked_kind(question, _chosen(passage(1, text)), [passage(1, text)])
    for licensed in ("The scheduler is distributed under the terms of the GNU GPL, version 3 or later.",
                     "You may use the scheduler under the MIT License.", "The scheduler is in the public domain."):
        assert not lacks_asked_kind(question, _chosen(passage(1, licensed)), [passage(1, licensed)])
    # a question that names a licence among other things asks for no licence
    assert required_kind("Can I pick the license from a list when the template runs?") != "license"
    # set 125: the question after the colon that ends the asker's setting up
    assert required_kind("Before we ship it, compliance wants one thing: which licence covers the scheduler?") == \
        "license"


def test_the_askers_situation_names_no_passage_need_name_for_a_default():
    # "Our servers run on US Eastern time" sets the scene; the question asks for fake_clock()'s default zone
    utc = passage(1, "By default, the queue of times in a fake_clock() simulates local time in the UTC timezone:")
    question = ("Our servers run on US Eastern time, not UTC. Which time zone does fake_clock() use by default, and "
                "how do I change it?")
    assert not lacks_asked_kind(question, _chosen(utc), [utc])
    assert lacks_asked_kind("Which time zone does fake_clock() use by default in US Eastern mode?", _chosen(utc), [utc])


def test_an_options_value_is_no_release_and_a_which_exception_question_needs_an_exceptions_name():
    asked = "What is the oldest Python version this server still runs on?"
    assert required_kind(asked) == "version"
    assert not KIND_CUES["version"]("Start it with gunicorn -w 4 -k the.worker.Class", asked)
    assert KIND_CUES["version"]("It runs on Python 3.8 and later.", asked)
    for asked in ("Which exception does the manager raise when no plugin is found?",
                  "In strict mode, what is the name of the exception class raised on a new request?"):
        assert required_kind(asked) == "exception"
        assert KIND_CUES["exception"]("A NoMatchingPlugin error... rather, NoMatchingDriverError is raised.", asked)
        assert not KIND_CUES["exception"]("The manager loads every plugin it finds.", asked)
    # what happens, or which message: words answer those
    assert required_kind("What happens when an exception is raised in a callback?") is None
    assert required_kind("What error message do I get when the file is missing?") is None


def test_a_change_logs_entry_gives_its_release_by_its_sections_heading():
    """Set 121's wv20 and wv21: "In which release did reading from a file-like object arrive?" was refused, its
    release being the heading over the entry ("0.4.3 (22-11-2019)"); a numbered section gives no release."""
    question = "Which release added streaming from a socket?"
    entry = "- Add streaming from a socket, thanks to @lena (#31)"
    chosen = [ScoredSentence(1, 0, entry, 1.0)]
    assert not lacks_asked_kind(question, chosen, [replace(passage(1, entry), section="1.2.0 (03-04-2021)")])
    assert lacks_asked_kind(question, chosen, [replace(passage(1, entry), section="4.2 Streaming")])
    assert lacks_asked_kind(question, chosen, [passage(1, entry)])
