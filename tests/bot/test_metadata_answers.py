"""Questions about who wrote what, when, and which essays exist: answered from the essays' records."""
import shutil
from dataclasses import replace

import pytest

from bot import Bot
from bot.answer_kinds import asks_about_the_essays, record_field_asked, required_kind
from bot.base.records import RECORD_AUTHORS, RECORD_DATE, RECORD_SECTION
from bot.collection import (
    MAX_SECTIONS_LISTED,
    about_answer,
    asks_what_an_essay_is_about,
    asks_which_essay,
    contents_sentence,
    essay_asked_about,
    is_collection_question,
)
from bot.condense import heuristic_standalone
from bot.evaluate.metrics import quote_is_exact
from bot.evaluate.runner import corpus_texts
from bot.extractive import extract_answer, missing_anchors, score_sentences
from bot.history import Turn
from ingest.clean import AUTHORS_SECTION
from ingest.pipeline import run_ingest
from tests.bot.fixtures import passage

MANIFESTO = """<!doctype html><html><head><title>The Debian Manifesto</title></head><body><article>
<h1>The Debian Manifesto</h1>
<p>Written by Ian A. Murdock, Revised 01/06/94</p>
<p>Debian Linux is a brand-new kind of Linux distribution, developed openly in the spirit of Linux and GNU.</p>
<p>Distributions are essential to the future of Linux, yet they have attracted little attention from developers.</p>
</article></body></html>"""
HISTORY = """<!doctype html><html><head><title>A Brief History of Debian</title>
<meta name="author" content="Debian Publicity Team"><meta name="date" content="2023-02-15"></head><body><article>
<h1>A Brief History of Debian</h1>
<p>This document describes the history and goals of the Debian project, from its founding to today.</p>
<h2>Debian Releases</h2>
<p>Debian 8 Jessie (April 2015): named for the cow girl doll who first appeared in Toy Story 2. This release
introduced for the first time the systemd init system as default.</p>
<h2>Where to Read More</h2>
<p>The project's web site keeps the release notes of every version it has published.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def library_bot(tmp_path_factory, seed_index, embedder):
    """The bundled essay plus two HTML pages without catalog entries: their metadata is in the pages."""
    root = tmp_path_factory.mktemp("library")
    corpus = root / "corpus"
    shutil.copytree(seed_index.corpus_dir, corpus)
    (corpus / "manifesto.html").write_text(MANIFESTO, encoding="utf-8")
    (corpus / "history.html").write_text(HISTORY, encoding="utf-8")
    settings = seed_index.with_(corpus_dir=corpus, index_dir=root / "index")
    run_ingest(settings, embedder)
    return Bot(settings, embedder=embedder)


@pytest.mark.parametrize("question,expected", [
    ("Who wrote the Debian Manifesto?", "Ian A. Murdock"),                 # a byline in the page
    ("Who wrote A Brief History of Debian?", "Debian Publicity Team"),     # the page's author tag
    ("Who wrote the conclusion?", "Hessy Elliott"),                        # the catalog
])
def test_who_wrote_an_essay_is_answered_and_cited(library_bot, question, expected):
    answer = library_bot.ask(question)
    assert not answer.refused and expected in answer.text
    assert any(expected in c.quote for c in answer.citations)


def test_a_date_the_page_declares_is_answerable_from_the_record(library_bot):
    answer = library_bot.ask("When was A Brief History of Debian published?")
    assert "2023-02-15" in answer.text
    cited = {c.n for c in answer.citations if "2023-02-15" in c.quote}
    assert {p.section for p in answer.passages if p.n in cited} == {RECORD_SECTION}   # marked as the record


def test_which_essays_exist_lists_every_essay_with_a_citation_each(library_bot):
    answer = library_bot.ask("Which essays are in the collection?")
    assert not answer.refused and "3 essays" in answer.notice
    for title in ("Conclusion", "The Debian Manifesto", "A Brief History of Debian"):
        assert title in answer.text
    assert len({c.doc_id for c in answer.citations}) == 3
    assert all(p.is_record for p in answer.passages)


def test_asking_for_the_essay_on_a_topic_quotes_the_record_of_that_essay_alone(library_bot):
    answer = library_bot.ask("Is there an essay about the history of Debian in the collection? Which file is it?")
    assert not answer.refused and "the file history.html" in answer.text
    assert {c.doc_id for c in answer.citations} == {"history.html"}
    assert "The Debian Manifesto" not in answer.text


def test_what_an_essay_named_by_its_title_is_about_is_answered_with_its_opening(library_bot):
    answer = library_bot.ask("What is the Brief History of Debian page about?")
    assert not answer.refused
    assert answer.text.startswith("This document describes the history and goals of the Debian project")
    assert {c.doc_id for c in answer.citations} == {"history.html"} and not answer.passages[0].is_record
    # a question on a topic inside an essay is no question about the essay ("say about")
    topic = library_bot.ask("What does the Debian Manifesto say about distributions?")
    assert "This document describes" not in topic.text


def test_which_topics_an_essay_goes_through_is_answered_with_its_headings_from_its_record(library_bot):
    answer = library_bot.ask("Which topics does the Brief History of Debian page go through?")
    assert not answer.refused and not answer.unsupported_sentences
    assert answer.text.startswith("This document describes the history and goals")   # its opening first
    assert "Debian Releases; Where to Read More" in answer.text                      # then its sections, in order
    cited = {c.n for c in answer.citations if "Where to Read More" in c.quote}
    assert cited and all(p.is_record for p in answer.passages if p.n in cited)     # quoted from the record
    # and the evaluation harness counts every quote as verbatim: the sections sentence is the record's too
    texts = corpus_texts(library_bot.settings.corpus_dir).values()
    assert all(quote_is_exact(c.quote, texts) for c in answer.citations)


def test_a_page_that_opens_with_a_line_of_navigation_is_about_what_its_first_sentences_say():
    # a scraped page's first passage may hold nothing but "Menu": its opening words are in the next one
    openings = [passage(1, "Menu"), passage(1, "Parsers read markup into trees. Each keeps the comments it finds."),
                passage(1, "A third passage says more.")]
    record = replace(passage(1, "Essay is an essay in this collection."), section=RECORD_SECTION)
    text, cited = about_answer(openings, record, ["Parsers", "Trees"])
    assert text.startswith("Parsers read markup into trees. [1] Each keeps the comments it finds. [1]")
    assert cited[0].text.startswith("Parsers read") and [p.n for p in cited] == [1, 2]
    assert text.endswith("Essay has these sections: Parsers; Trees. [2]")


def test_an_essays_sections_are_its_own_headings_once_each_without_its_title_or_the_cleaners_authors_section():
    headings = ["Logging Best Practices", "Canonical Log Lines", "Canonical  Log Lines", "ELK.", AUTHORS_SECTION]
    assert contents_sentence("Logging Best Practices", headings) == \
        "Logging Best Practices has these sections: Canonical Log Lines; ELK."
    assert contents_sentence("Logging Best Practices", ["Logging Best Practices"]) == ""   # none of its own
    many = contents_sentence("Manual", [f"Part {i}" for i in range(MAX_SECTIONS_LISTED + 5)])
    assert many.endswith(f"Part {MAX_SECTIONS_LISTED - 1}; and 5 more.")


@pytest.mark.parametrize("question,asks", [
    ("What is the subrepos page about?", True), ("What does the page on revisions cover?", True),
    ("What is the scripting help topic about?", True), ("What does the guide say about passwords?", False),
    ("What is a changeset about?", False), ("What does this manual cover, and how is it organized?", False),
    # other words for covering (set 58: "What topics does the Introduction to Maxima tutorial walk through?")
    ("What topics does the packaging tutorial walk through?", True), ("What does the guide go over?", True),
    ("What does the guide say to do when the build fails and I go over the limit?", False),
    # and for teaching (sets 62, 63: "What does the first-steps tutorial teach?")
    ("What does the first-steps tutorial teach?", True), ("What does the setup chapter introduce?", True),
    ("What does the tutorial teach about retries?", False),
    # which parts it has (set 72: "What does the Getting Started page walk me through?")
    ("Which topics does the Logging Best Practices page cover?", True),
    ("What does the Getting Started page walk me through?", True),
    ("Which problems does the common problems page go through?", True),
    ("Which sections of the guide explain retries?", False),
    # its parts called by what they are
    ("Which commands does the maintenance guide describe?", True),
    ("Which main settings does the tuning page cover?", True),
    ("Which commands does the maintenance guide describe for backups?", False),
    ("Which page describes the backup commands?", False),
])
def test_only_a_question_asking_what_an_essay_is_about_is_one(question, asks):
    assert asks_what_an_essay_is_about(question) is asks


@pytest.mark.parametrize("question,doc_id", [
    ("What is the Rc page about?", "rc.html"),                     # every word it is named by is in one title
    ("What does the page on reference counted pointers cover?", "rc.html"),
    ("What does the page on pointers cover?", None),               # two titles say it: which is not known
    ("What is the page on smart pointers about?", "smart.html"),   # the whole title: the longest that fits
    ("What does the page on threads cover?", None),                # no title says it
])
def test_an_essay_is_named_by_its_whole_title_or_by_words_only_its_title_holds(question, doc_id):
    records = [replace(passage(n, f"{title} is an essay in this collection.", doc_id=name), section=RECORD_SECTION,
                       meta=replace(passage(n, "").meta, title=title))
               for n, (name, title) in enumerate([("rc.html", "Rc<T>, the Reference Counted Smart Pointer"),
                                                  ("smart.html", "Smart Pointers"),
                                                  ("box.html", "Using Box<T> to Point to Data on the Heap")], 1)]
    found = essay_asked_about(question, records)
    assert (found.doc_id if found else None) == doc_id


def test_this_manual_is_the_only_essay_of_a_collection_of_one_and_none_of_several():
    records = [replace(passage(n, f"{title} is an essay in this collection.", doc_id=name), section=RECORD_SECTION,
                       meta=replace(passage(n, "").meta, title=title))
               for n, (name, title) in enumerate([("sbcl.html", "SBCL 2.2.9.debian User Manual"),
                                                  ("box.html", "Using Box<T> to Point to Data on the Heap")], 1)]
    assert essay_asked_about("What does this manual cover?", records[:1]) == records[0]
    assert essay_asked_about("What does this manual cover?", records) is None


def test_a_sentence_that_points_back_comes_with_the_sentence_it_leans_on(library_bot):
    answer = library_bot.ask("Which release first made systemd the default init system?")
    assert "introduced for the first time the systemd init system" in answer.text
    assert "Jessie" in answer.text      # "This release" alone would not say which


def test_a_numbered_name_the_essays_never_mention_is_refused(library_bot):
    # "Debian 9" and "DebConf22" share their first letters with words the essays use; numbers must match whole
    assert library_bot.ask("What was Debian 9 named for?").refused
    assert not library_bot.ask("What was Debian 8 named for?").refused


@pytest.mark.parametrize("question,listing", [
    ("Which essays are in the collection?", True), ("How many documents are there?", True),
    ("List the essays.", True), ("Which essays discuss systemd?", False), ("Who wrote the essays?", False),
    ("What does the collection say about Linux?", False)])
def test_only_questions_about_the_collection_itself_are_answered_with_the_list(question, listing):
    assert is_collection_question(question) is listing


@pytest.mark.parametrize("question,listing", [
    ("Which chapters does the Debian Kernel Handbook have?", True),
    ("Which chapters does the manual have?", True),    # "manual", "guide", "book": any collection's name
    ("Which chapters of the handbook discuss initramfs?", False), ("Which chapters does the Policy Manual have?", False)])
def test_the_collection_may_be_called_by_a_name_its_essays_carry(question, listing):
    names = ["Debian Linux Kernel Handbook", "Chapter 1. About this handbook", "Chapter 7. Managing the initial ramfs"]
    assert is_collection_question(question, lambda: names) is listing


def test_a_which_question_asking_for_something_else_is_no_question_about_the_collection():
    names = ["aptitude user's manual", "Chapter 2. Package versions"]   # every word of the question is in them
    assert not is_collection_question("Which version of aptitude does this manual document?", lambda: names)
    assert is_collection_question("Which chapters does the aptitude manual have?", lambda: names)


def test_which_chapters_a_handbook_has_is_answered_with_the_list_of_its_files(library_bot):
    # a manual split into files, one chapter each, is the collection: every file is listed, from its record
    answer = library_bot.ask("Which chapters does A Brief History of Debian have?")
    assert not answer.refused and all(p.is_record for p in answer.passages)
    assert len({c.doc_id for c in answer.citations}) == 3


def test_a_name_given_just_before_the_passage_counts_as_mentioned():
    # the passage that answers starts "This release features ..."; its release is named in the chunk before
    found = [passage(1, "This release features a new installer: debian-installer, a modular piece of software.")]
    question = "Which installer came with Debian 3.1?"
    assert missing_anchors(question, found) == ["3.1"]
    assert missing_anchors(question, found, lead_ins=["Debian 3.1 Sarge (6 June 2005): named for the sergeant."]) == []
    assert missing_anchors(question, found, lead_ins=["Debian 3.0 Woody (19 July 2002)."]) == ["3.1"]


def test_a_follow_up_carries_the_names_the_last_answer_gave():
    turns = [Turn("user", "Who led Debian from 2008 until 2010?"),
             Turn("assistant", "Steve McIntyre led Debian from April 2008 until April 2010. [1]")]
    assert heuristic_standalone("Who came after him?", turns) == \
        "Who led Debian from 2008 until 2010? Who came after him? (Steve McIntyre)"
    # nothing new to carry: the query reads as before; a question that stands alone is left alone
    same = [Turn("user", "Is China engaged in the ethics of AI?"), Turn("assistant", "China is engaged [1].")]
    assert heuristic_standalone("Why?", same) == "Is China engaged in the ethics of AI? Why?"
    assert heuristic_standalone("Where was the first DebConf held?", turns) == "Where was the first DebConf held?"


def test_a_nationality_counts_as_naming_its_country():
    found = [passage(1, "Adrian was secretary of debian.ch and made Debian Switzerland what it is today.")]
    assert missing_anchors("Who was the secretary of the Swiss Debian association?", found) == []
    assert missing_anchors("Who was the secretary of the Dutch Debian association?", found) == ["Dutch"]


def test_the_package_index_counts_as_naming_pypi():
    """polib's installation guide says "the Python Package Index", never "PyPI"; a question asked with the short
    name was refused for a name the passages did not mention."""
    found = [passage(1, "The latest release package can be downloaded from the page on the Python Package Index.")]
    assert missing_anchors("Can I get the release from PyPI?", found) == []
    assert missing_anchors("Can I get the release from CPAN?", found) == ["CPAN"]


def test_a_month_counts_as_named_by_its_abbreviation():
    """GnuCash's TXF export: "the last payment that is due Jan 15" answers a question about January 15."""
    found = [passage(1, "This is a problem for the last payment that is due Jan 15. GnuCash changes the date of the "
                        "last payment to Dec 31 for the export.")]
    assert missing_anchors("What does GnuCash do about the January 15 payment date?", found) == []
    assert missing_anchors("What does GnuCash do about the February 15 payment date?", found) == ["February"]
    # the other way round an acronym is no month: a card's "APR" is not named by "April"
    charge = [passage(1, "You have been charged $20 in interest on the last day of April.")]
    assert missing_anchors("Can I post the interest from my card's APR?", charge) == ["APR"]


def test_an_identifier_in_lower_case_is_a_name_the_passages_must_mention():
    # "amd64" and "max_loop" name one thing each, as a capitalised word does; "e.g." is no identifier
    found = [passage(1, "The i386 architecture has several flavours, such as 686 and 686-pae.")]
    assert missing_anchors("How many flavours are built for the amd64 architecture?", found) == ["amd64"]
    assert missing_anchors("How many flavours are built for the i386 architecture?", found) == []
    assert missing_anchors("What is the default of the max_loop parameter, e.g. for loop?", found) == ["max_loop"]


def test_who_wrote_this_manual_is_answered_from_its_record_before_a_licence_about_manuals(embedder):
    """GnuCash's Help manual: "Who wrote this manual?" had chosen "The "Document", below, refers to any such manual
    or work." from the GFDL it carries, then refused it as naming nobody; the record says who wrote it."""
    licence = passage(1, "The \u201cDocument\u201d, below, refers to any such manual or work. We have designed this "
                         "License in order to use it for manuals for free software, because free software needs free "
                         "documentation.", doc_id="help.pdf")
    title = "GnuCash Manual - The Technical Reference"
    record = replace(passage(2, f"{title} was written by The GnuCash Documentation Team. {title} is dated 2023-02-06. "
                                f"{title} is an essay in this collection, the file help.pdf.", doc_id="help.pdf"),
                     section=RECORD_SECTION)
    text, refused, _ = extract_answer("Who wrote this manual?", [licence, record], embedder, 0.35)
    assert not refused and "was written by The GnuCash Documentation Team. [2]" in text
    # a question on what the essays say is no question about them
    assert record_field_asked("Who wrote the earliest Debian packaging tool?") is None
    assert record_field_asked("When was the socket programming HOWTO published?") == RECORD_DATE


def test_which_version_a_manual_documents_is_answered_from_its_records_title(embedder):
    """The SBCL manual: "Which SBCL version does this manual document?" chose sentences on other documentation
    files and on changes between versions, none giving one, and was refused; the record's title gives it."""
    files = passage(1, "Besides this user manual both SBCL source and binary distributions include some other "
                       "SBCL-specific documentation files. Summarizes changes between various SBCL versions.",
                    doc_id="sbcl.html")
    opening = passage(2, "This manual is part of the SBCL software system. See the README file for more information.",
                      doc_id="sbcl.html")
    record = replace(passage(3, "SBCL 2.2.9.debian User Manual is an essay in this collection, the file sbcl.html.",
                             doc_id="sbcl.html"), section=RECORD_SECTION)
    text, refused, _ = extract_answer("Which SBCL version does this manual document?", [files, opening, record],
                                      embedder, 0.35)
    assert not refused and "SBCL 2.2.9.debian User Manual is an essay in this collection" in text


def test_a_second_question_after_and_gets_the_sentence_that_answers_it(embedder):
    """The NUT developer guide: "Which TCP port does the NUT network protocol use, and what was the old port
    number?" was answered with sentences on today's port and the protocol's versions; the one on the old
    number was left out."""
    found = [passage(1, "Version 0.50.0 and up of the NUT protocol use 3493 by default. This protocol runs over TCP. "
                        "UDP support was dropped in July 2003. The old number (3305) was a relic of the original "
                        "code\u2019s ancestry, and conflicted with other services."),
             passage(2, "Here\u2019s a table to present the various changes that happened to the NUT network "
                        "protocol, over the time:")]
    question = "Which TCP port does the NUT network protocol use, and what was the old port number?"
    text, refused, _ = extract_answer(question, found, embedder, 0.35)
    assert not refused and "3305" in text and "3493" in text


def test_a_sentence_that_introduces_a_list_comes_with_its_items(embedder):
    found = [passage(1, "Contributions are welcome by merge request.\n\nBelow is the list of current contributors:\n\n"
                        "maximilian attems\n\nIan Campbell\n\nBen Hutchings\n\nJurij Smakov")]
    text, refused, _ = extract_answer("Who are the current contributors to the handbook?", found, embedder, 0.2)
    assert not refused
    for name in ("maximilian attems", "Ian Campbell", "Ben Hutchings", "Jurij Smakov"):
        assert f"{name} [1]" in text


def test_a_list_items_first_sentence_comes_with_the_rest_of_its_item_and_not_the_next_item(embedder):
    """Set 72: "- Use a faster JSON serializer than the standard library. Possible alternatives are ..." is one
    point; its second sentence names the serializers."""
    found = [passage(1, "Some hints on speed:\n\n- Use a faster templating engine than the standard one. Possible "
                        "alternatives are Mako or Chameleon.\n\n- Cache rendered pages. Every page is rendered once "
                        "per hour.")]
    text, refused, _ = extract_answer("Which templating engine should we use instead of the standard one?", found,
                                      embedder, 0.2)
    assert not refused and "Possible alternatives are Mako or Chameleon. [1]" in text
    assert "Every page is rendered once per hour." not in text


def test_a_procedure_comes_with_all_its_steps_however_long_and_not_the_paragraph_after_it(embedder):
    """GnuCash's recovery procedure: its second step (27 words, then a second sentence) was cut off as too long
    for a list item, and with it the menu path the question asks for."""
    found = [passage(1, "It is possible to recover most of your work since the last save using this log file. This is "
                        "the procedure:\n\n- Open the last saved GnuCash file.\n\n- Go to File \u2192 Import "
                        "\u2192 Replay GnuCash .log file and select the one .log file with the same date as the saved "
                        "file you just opened. Make sure that you picked the right .log file.\n\nLog replaying "
                        "will recover any transaction affecting the balance entered since the last save.")]
    text, refused, _ = extract_answer("How do I recover my work from the log file after a crash?", found,
                                      embedder, 0.2)
    assert not refused
    assert "This is the procedure: [1] Open the last saved GnuCash file. [1] Go to File \u2192 Import" in text
    assert "Make sure that you picked the right .log file. [1]" in text


def test_a_numbered_list_comes_with_all_its_items(embedder):
    """Set 51's fi01: fish's design goals are numbered ("1. Everything ...", "2. Fish should be ..."); only the
    first, short enough to pass for an item, came with "These are:"."""
    found = [passage(1, "This is a description of the design principles that have been used to design fish. The fish "
                        "design has three high level goals. These are:\n\n1. Everything that can be done in other "
                        "shell languages should be possible to do in fish, though fish may rely on external commands "
                        "in doing so.\n\n2. Fish should be user-friendly, but not at the expense of expressiveness. "
                        "Most tradeoffs between power and ease of use can be avoided with careful design.\n\n3. "
                        "Whenever possible without breaking the above goals, fish should follow POSIX.\n\nTo achieve "
                        "these high-level goals, the fish design relies on a number of more specific principles.")]
    text, refused, _ = extract_answer("What are the three high-level goals the fish designers set out with?", found,
                                      embedder, 0.2)
    assert not refused
    assert "These are: [1] 1. Everything" in text
    assert "2. Fish should be user-friendly" in text and "3. Whenever possible" in text


def test_a_listings_caption_under_it_comes_with_the_listing(embedder):
    """Set 52's rb12: the Rust book captions each listing below it ("Listing 1-2: Contents of Cargo.toml generated
    by cargo new"); the caption was the answer, without the lines of the file it names."""
    found = [passage(1, "Open Cargo.toml in your text editor of choice.\n\nFilename: Cargo.toml\n\n[package]\n"
                        "name = \"hello_cargo\"\nversion = \"0.1.0\"\nedition = \"2021\"\n[dependencies]\n\n"
                        "Listing 1-2: Contents of Cargo.toml generated by cargo new\n\nThis file is in the TOML "
                        "format, which is Cargo’s configuration format.")]
    text, refused, _ = extract_answer("What goes into the Cargo.toml that cargo new generates?", found, embedder, 0.2)
    assert not refused
    assert "version = \"0.1.0\" [1] edition = \"2021\" [1] [dependencies] [1] Listing 1-2: Contents of Cargo.toml" in text


def test_the_sentence_after_comes_along_when_it_speaks_of_these_things(embedder):
    found = [passage(1, "The -unsigned image packages hold kernels that are meant to be signed and copied into a "
                        "package without the suffix. There is normally no need to install these packages. "
                        "The headers package provides headers for userspace programs.")]
    text, _, _ = extract_answer("What are the kernel packages with the -unsigned suffix?", found, embedder, 0.2)
    assert "There is normally no need to install these packages. [1]" in text
    assert "headers for userspace" not in text


def test_the_answer_reads_on_into_the_next_sentence_when_it_speaks_to_the_question(embedder):
    found = [passage(1, "The spooler can run in the foreground, or in the background with the -d option. "
                        "When run in the foreground, it writes no lock file. "
                        "Printers are configured in spool.conf.")]
    text, _, _ = extract_answer("Is there any difference between running the spooler in the foreground or "
                                "with -d?", found, embedder, 0.2)
    assert "it writes no lock file. [1]" in text      # the difference, one sentence on
    assert "spool.conf" not in text                    # and no further


def test_the_answer_starts_a_sentence_earlier_when_that_one_speaks_to_the_question_too(embedder):
    """Set 61's pt07 and set 60's fl19: the fact sat in the sentence just before the best one ("Parameter values
    are passed as-is to tests (no copy whatsoever).", then the example of a mutated dict), which scored under the
    cut on its own and was left out."""
    question = "Is a dictionary parameter value copied for each test case, or do later cases see what a test changed?"
    rule = "Parameter values are handed to each test case as they are, and no parameter value is ever copied."
    example = "If a test case changes a dictionary given as a parameter value, later test cases see the change."
    text, _, _ = extract_answer(question, [passage(1, f"{rule} {example}")], embedder, 0.2)
    assert f"{rule} [1] {example} [1]" in text
    # a paragraph's first sentence does not reach back into the paragraph before it
    text, _, _ = extract_answer(question, [passage(1, f"{rule}\n\n{example}")], embedder, 0.2)
    assert rule not in text and example in text


def test_a_comment_in_a_code_block_is_no_answer_to_a_question_asked_in_words(embedder):
    """Set 65's tn08: the comments of an example ("# This should raise a ZeroDivisionError, but it won't because",
    "# the coroutine is called incorrectly.") were the answer to where a coroutine's error went."""
    found = [passage(1, "Any exception a coroutine raises is held in the awaitable object until something awaits it."
                        "\n\nasync def divide():\n    return 1 / 0\n\ndef caller():\n    # The error raised here "
                        "never shows up, because\n    # the coroutine is not awaited.\n    divide()")]
    text, refused, _ = extract_answer("My coroutine raises an error, but the error never shows up. Where does it go?",
                                      found, embedder, 0.2)
    assert not refused and "held in the awaitable object" in text
    assert "# The error raised here" not in text and "# the coroutine is not awaited" not in text


def test_how_something_else_can_happen_is_no_how_to_that_lines_of_code_answer(embedder):
    """Set 65's tn26: "How can a malicious website still reach it?" asks how a thing happens, not how the asker
    does something, yet it let a proxy's config lines ("server 127.0.0.1:8002;") be the whole answer."""
    found = [passage(1, "A hostile page can point its own name at the loopback address and send requests from the "
                        "visitor's browser."),
             passage(2, "upstream backends {\n    server 127.0.0.1:8001;\n    server 127.0.0.1:8002;\n}")]
    text, refused, _ = extract_answer("My server only listens on 127.0.0.1 port 8001. How can a website on the "
                                      "internet still reach it?", found, embedder, 0.2)
    assert not refused and "hostile page" in text and "server 127.0.0.1" not in text
    # asked how the asker does it, the lines may answer
    text, _, _ = extract_answer("How can I send port 8001 on 127.0.0.1 through the proxy?", found, embedder, 0.2)
    assert "server 127.0.0.1:8001; [2]" in text


def test_names_of_the_askers_situation_need_no_passage_but_names_in_the_question_do(embedder):
    """Sets 66 and 69 (and 40 answerable questions of earlier first runs, offline): "My template needs a Jinja2
    extension from PyPI. Will cookiecutter install it ...?" was refused because no passage says "PyPI"; the
    situation is the asker's, and the passage answering the question need not name it."""
    found = [passage(1, "The spooler can be restarted at any time with spoolctl restart; queued jobs are kept.")]
    text, refused, _ = extract_answer("My print server runs on a Synology box. How do I restart the spooler without "
                                      "losing the queued jobs?", found, embedder, 0.2)
    assert not refused and "spoolctl restart" in text
    _, refused, _ = extract_answer("How do I restart the spooler on a Synology box without losing the queued jobs?",
                                   found, embedder, 0.2)
    assert refused


def test_a_note_of_the_version_a_feature_came_in_answers_only_when_it_came(embedder):
    """Set 69's cookiecutter pages: "New in Cookiecutter 1.4" (a passage's first line) was an answer sentence to
    questions on other things: a password-protected template, where cloned templates go."""
    found = [passage(1, "New in Stencil 1.4\n\nStencil keeps every template it clones in the templates folder "
                        "under your home directory.")]
    chosen = [s.text for s in score_sentences("Where does Stencil keep the templates it clones?", found, embedder)]
    assert "New in Stencil 1.4" not in chosen and any("templates folder" in text for text in chosen)
    text, _, _ = extract_answer("In which version of Stencil did cloning templates come?", found, embedder, 0.2)
    assert "New in Stencil 1.4 [1]" in text


def test_the_sentence_read_on_to_brings_the_one_that_says_how_to_do_it(embedder):
    """Set 68's cm16: the answer read on to "You might want to hide the debug setting." and stopped before "To do
    so, remove it from the cmd2.Cmd.settable dictionary ...", the answer itself."""
    found = [passage(1, "Say that you never want the users of your app to be able to turn on full tracebacks when an "
                        "error occurs. You might want to hide the traceback setting. To do so, delete it from the "
                        "settables dictionary once your object is built. Users change settings with the set command.")]
    text, refused, _ = extract_answer("I never want users of my shell app to turn on full tracebacks. How do I take "
                                      "that setting away from them?", found, embedder, 0.2)
    assert not refused and "To do so, delete it from the settables dictionary once your object is built. [1]" in text
    assert "set command" not in text


def test_a_question_naming_a_default_gets_the_sentence_of_the_paragraph_that_gives_it(embedder):
    found = [passage(1, "sidebarwidth (int or str): Width of the sidebar in pixels. This can be an int, which is "
                        "interpreted as pixels, or a valid CSS dimension string such as '70em' or '50%'. Defaults "
                        "to 230 pixels.\n\nrightsidebar (true or false): Put the sidebar on the right side.")]
    text, refused, _ = extract_answer("What is the default sidebar width in pixels of the basic theme?", found,
                                      embedder, 0.2)
    assert not refused and "Defaults to 230 pixels. [1]" in text
    assert "right side" not in text


def test_the_answer_reads_on_past_sentences_chosen_already_into_the_list_it_leads_to(embedder):
    found = [passage(1, "Without any map option, the converter inspects the output format to check which types of "
                        "streams it can hold, and for each acceptable stream type it picks one stream from among "
                        "all the inputs. It then applies a fixed rule for each type. The rules are these:\n\n"
                        "- for video, it is the stream with the highest resolution,\n\n- for audio, it is the "
                        "stream with the most channels.\n\nEncoders are chosen by the output format.")]
    text, _, _ = extract_answer("Without any map option, which video stream and which audio stream does the "
                                "converter pick from its inputs?", found, embedder, 0.2)
    assert "highest resolution" in text and "most channels" in text
    assert "Encoders" not in text


def test_an_option_comes_with_the_description_it_heads(embedder):
    found = [passage(1, "Main options\n\n-i url (input)\n\ninput file url\n\n-y (global)\n\nOverwrite output files "
                        "without asking.\n\n-n (global)\n\nDo not overwrite output files, and exit immediately if a "
                        "specified output file already exists.")]
    text, _, _ = extract_answer("Which switch replaces an existing output file without asking me first?", found,
                                embedder, 0.2)
    assert "-y (global) [1] Overwrite output files without asking. [1]" in text


def test_a_sentence_that_points_back_comes_with_the_term_it_defines(embedder):
    found = [passage(1, "Abstract\n\nThe handbook lists the kernel packages.\n\nlinux-manual-version\n\n"
                        "This package contains the manual pages for the functions of the kernel API.")]
    text, _, _ = extract_answer("Which package has the manual pages for the kernel API?", found, embedder, 0.2)
    assert text.startswith("linux-manual-version [1] This package contains the manual pages")
    found = [passage(1, "Abstract\n\nThis document gives an overview of the package manager.")]
    text, _, _ = extract_answer("What does this document give an overview of?", found, embedder, 0.2)
    assert "Abstract" not in text        # a heading left in the text is not what the sentence leans on


def test_a_sentence_pointing_back_after_an_opening_word_comes_with_what_it_points_to(embedder):
    found = [passage(1, "The debmake -j option runs every build step under strace, logging each system call. "
                        "Unfortunately, this is very slow. Other options of the tool are fast.")]
    text, _, _ = extract_answer("Why is debmake -j so slow?", found, embedder, 0.2)
    assert text.startswith("The debmake -j option runs every build step")   # "this" alone would not say why
    assert "Other options" not in text


def test_a_title_of_the_collection_named_whole_counts_as_mentioned():
    found = [passage(1, "APT finds a system broken in two ways: dpkg missing relationships, or a failed install.")]
    question = "What are the two ways a system can get into a broken state, according to the APT User's Guide?"
    assert missing_anchors(question, found) == ["User", "Guide"]
    assert missing_anchors(question, found, titles=["APT User's Guide", "Using APT Offline"]) == []
    # a title's single words do not count: "Guide" alone might be any guide
    assert missing_anchors("What does the APT Guide say?", found, titles=["APT User's Guide"]) == ["Guide"]


def test_a_name_the_whole_collection_is_about_need_not_be_in_the_passages():
    found = [passage(1, "gitk(1) Manual Page is dated 2024-05-31.")]
    question = "When were these Zorblax manual pages last updated?"
    assert missing_anchors(question, found) == ["Zorblax"]
    assert missing_anchors(question, found, names_the_collection=lambda word: word == "Zorblax") == []


GUIDE = """<!doctype html><html><head><title>{title}</title><meta name="date" content="2024-05-31"></head>
<body><article><h1>{title}</h1><p>{body}</p></article></body></html>"""
GUIDES = {
    "feeding.html": ("Feeding", "Zorblax owners feed their pets twice a day, with seeds soaked overnight in water."),
    "housing.html": ("Housing", "A Zorblax needs a cage at least a metre wide, kept away from direct sunlight."),
    "grooming.html": ("Grooming", "Brush a Zorblax once a week; its fur mats quickly when it is left alone."),
    "health.html": ("Health", "A sneezing Zorblax should see a vet within two days of the first symptoms."),
    "travel.html": ("Travel", "Quokka carriers are the lightest boxes for a trip of more than an hour by car."),
}


@pytest.fixture(scope="module")
def guides_bot(tmp_path_factory, seed_index, embedder):
    """Five short guides, four of them about the Zorblax, none with it in its title."""
    root = tmp_path_factory.mktemp("guides")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, (title, body) in GUIDES.items():
        (corpus / name).write_text(GUIDE.format(title=title, body=body), encoding="utf-8")
    settings = seed_index.with_(corpus_dir=corpus, index_dir=root / "index")
    run_ingest(settings, embedder)
    return Bot(settings, embedder=embedder)


def test_a_word_most_essays_use_names_the_collection(guides_bot, extractive_bot):
    assert guides_bot._retriever.names_the_collection("Zorblax")        # four guides of five
    assert guides_bot._retriever.names_the_collection("zorblax")
    assert not guides_bot._retriever.names_the_collection("Quokka")     # one guide
    assert not guides_bot._retriever.names_the_collection("Zorbl")      # whole words only
    # BM25 reads "Zorblax/2" as "zorblax" (and "3.0.34" as "34"): no guide names it
    assert not guides_bot._retriever.names_the_collection("Zorblax/2")
    assert guides_bot.ask("Does a Zorblax/2 need a bigger cage?").refused
    # in a collection of one essay every word would be in all of them: none names the collection
    assert not extractive_bot._retriever.names_the_collection("China")


def test_a_name_only_one_essay_uses_is_still_an_anchor(guides_bot):
    assert guides_bot.ask("When was the Wombat guide last updated?").refused


def test_a_question_in_the_text_is_not_quoted_as_the_answer(embedder):
    # an FAQ's own question shares the most words with the user's, but answers nothing by itself
    found = [passage(1, "How do I use two accounts with the same hosting provider over SSH? Give each account "
                        "its own key, and name the key in the host alias of the SSH config file.")]
    text, refused, _ = extract_answer("How can I use two accounts with the same hosting provider over SSH?",
                                      found, embedder, 0.2)
    assert not refused and "own key" in text and "provider over SSH? [1]" not in text


def test_a_tool_named_in_lower_case_that_no_passage_names_is_missing():
    found = [passage(1, "The argparse module turns a usage description into a parser; see its tutorial.")]
    assert missing_anchors("How do I build a command-line interface from a usage string with docopt?",
                           found) == ["docopt"]
    assert missing_anchors("How do I build a parser with argparse?", found) == []
    # another form of a passage's word, or a rare form of a common word, is no tool's name
    tarballs = [passage(1, "The upstream tarball is signed by the release manager.")]
    assert missing_anchors("Who signs the upstream tarballs?", tarballs) == []
    assert missing_anchors("How do I make the output chattier?", found) == []


def test_a_sentence_opening_with_a_phrase_that_points_back_is_read_with_what_it_points_to(embedder):
    # "In that case, ... (due to Alex Rezinsky)" alone shares nothing with the question; read with the
    # sentence it continues, it is the answer to who gave the trick
    found = [passage(1, "Sometimes the mirror list is so long that the fetch program times out; or there is no "
                        "fetch program at all. In that case, you can try the following workaround (due to Mara "
                        "Quist): pin one mirror by hand. The minor cost is that updates come more slowly. "
                        "Most users never need this.")]
    text, refused, _ = extract_answer("Who is credited with the workaround for when the fetch program times out?",
                                      found, embedder, 0.2)
    assert not refused and "(due to Mara Quist)" in text


def test_a_why_answer_opening_with_to_do_this_brings_the_reason_it_points_back_to(embedder):
    """The CMake tutorial: "To specify this, we wrap our flags in a generator expression" holds the question's
    words; the reason is the sentence before it, which "this" points to."""
    found = [passage(1, "Lastly, we only want these warning flags to be used during builds. Consumers of our "
                        "installed project should not inherit our warning flags. To specify this, we wrap our flags "
                        "in a generator expression using the BUILD_INTERFACE condition.")]
    text, refused, _ = extract_answer("Why are the warning flags wrapped in a BUILD_INTERFACE generator expression?",
                                      found, embedder, 0.2)
    assert not refused and "should not inherit our warning flags" in text


def test_a_sentence_a_line_of_code_interrupts_is_read_and_shown_with_its_start(embedder):
    """An Introduction to R: "At this point an assignment such as", the code "> u <- v+w", then "does not replace
    the component u of the data frame, but rather masks it ...": the last part alone names no assignment."""
    found = [passage(1, "A data frame may for many purposes be regarded as a matrix with columns of differing "
                        "modes. It may be displayed in matrix form.\n\nThe attach() function places the data frame "
                        "in the search path. At this point an assignment such as\n\n> u <- v+w\n\ndoes not "
                        "replace the component u of the data frame, but rather masks it with another variable u "
                        "in the working directory.")]
    text, refused, _ = extract_answer("If I assign u <- v+w after attach(), is the column of the data frame changed?",
                                      found, embedder, 0.2)
    assert not refused and "masks it with another variable u" in text
    assert text.index("At this point an assignment such as") < text.index("> u <- v+w") < text.index("masks it")


def test_a_program_s_output_and_a_note_label_lead_into_no_sentence(embedder):
    """Set 67's dt17: a run's output (".  modify"), then the label "Note", then a sentence opening with a program's
    name in lower case ("doit compares ..."): read as a sentence a line of code interrupted, the answer began
    with ".  modify [1] Note [1]"."""
    found = [passage(1, "$ mk\n.  build\n.  modify\n\nNote\n\nmk compares each target's path as a string, so "
                        "build/out and ./build/out are two different targets to it.")]
    text, refused, _ = extract_answer("Does mk see build/out and ./build/out as the same target?", found, embedder,
                                      0.2)
    assert not refused and text.startswith("mk compares each target's path as a string")


def test_a_plural_acronym_or_ok_is_an_ordinary_word_not_a_name_the_passages_must_repeat():
    found = [passage(1, "Python may start slowly on some Windows machines when virus checking software scans "
                        "every file read. Do not use eval() to convert strings to numbers.")]
    assert missing_anchors("Why do some Windows PCs start Python slowly?", found) == []
    assert missing_anchors("Is it OK to use eval() to turn a string into a number?", found) == []
    assert missing_anchors("Why do some Linux PCs start Python slowly?", found) == ["Linux"]
    assert missing_anchors("Is the NHS using eval()?", found) == ["NHS"]   # a single acronym is still a name


def test_a_function_the_question_calls_by_a_rare_name_must_be_in_the_passages():
    found = [passage(1, "The XSLT class applies a stylesheet to a tree. Parameters are passed to the transform as "
                        "keyword arguments, each an XPath expression.")]
    assert missing_anchors("What does etree.XSLT.strparam() do with quotes in a value?", found) == ["strparam"]
    named = [passage(1, "Use XSLT.strparam() to pass a plain string as a parameter.")]
    assert missing_anchors("What does etree.XSLT.strparam() do with quotes in a value?", named) == []
    # a called everyday word may be the passage's word for something else
    assert missing_anchors("Can the transform call open() on the stylesheet?", found) == []


def test_a_why_question_is_answered_with_prose_not_a_line_of_code(embedder):
    found = [passage(1, "Raw strings cannot end with an odd number of backslashes. The unpaired backslash at the end "
                        "escapes the closing quote character, leaving an unterminated string. To build a path "
                        "that ends in a backslash, add it separately:\n\npath = r\"C:\\mydir\" + \"\\\\\"")]
    text, refused, _ = extract_answer("Why is r'C:\\mydir\\' a syntax error?", found, embedder, 0.2)
    assert not refused and "escapes the closing quote character" in text
    assert "path = r" not in text


def test_a_paragraph_leading_into_a_line_typed_at_pythons_prompt_brings_its_lead_in_and_the_whole_line(embedder):
    # the line is code though "for frame in" reads as prose and its file name holds "01. " (set 77)
    found = [passage(1, "Often you only want every frame of one kind, whatever its key. For this, call the "
                        "Tags.every() method:\n\n>>> for frame in Tags.load(\"01. Intro.ogg\").every(\"TXXX\"):\n"
                        "...     print(frame)")]
    text, refused, _ = extract_answer("I only want every TXXX frame, whatever its key. How do I get them?", found,
                                      embedder, 0.2)
    assert not refused and "call the Tags.every() method: [1]" in text
    assert '>>> for frame in Tags.load("01. Intro.ogg").every("TXXX"): [1]' in text


def test_a_sentence_saying_what_the_following_example_does_brings_the_code_below_it(embedder):
    # set 77: "The following example gets the length and bitrate of an MP3 file." kept one line of its example
    text = ("The following example reads the width and height of a PNG image.\n\nfrom pixie import PNG\n"
            "image = PNG(\"photo.png\")\nprint(image.size.width)\nprint(image.size.height)\n\nImages are read lazily.")
    answer, refused, _ = extract_answer("How do I get how wide and how tall a PNG image is?", [passage(1, text)],
                                        embedder, 0.2)
    assert not refused and "from pixie import PNG [1]" in answer and 'image = PNG("photo.png") [1]' in answer
    assert "print(image.size.width) [1]" in answer and "print(image.size.height) [1]" in answer
    assert "read lazily" not in answer


def test_an_output_line_of_a_python_session_comes_with_the_statement_that_printed_it(embedder):
    # set 79: "'an hour and 6 minutes'" was quoted without the call that prints it, which holds the answer
    text = ("Relative times can drop their direction:\n\n>>> later = now.shift(hours=2)\n"
            ">>> later.describe(now)\n'in 2 hours'\n>>> later.describe(now, bare=True)\n'2 hours'")
    answer, refused, _ = extract_answer("I want the description to read just '2 hours', with no 'in'. How?",
                                        [passage(1, text)], embedder, 0.2)
    assert not refused and ">>> later.describe(now, bare=True) [1] '2 hours' [1]" in answer


def test_a_why_question_is_not_answered_with_a_line_of_markup(embedder):
    # a fragment of XML shown between sentences is an example, not a reason (set 76)
    found = [passage(1, "Element text is kept in two places in this tree model:\n\n<note>hello<br/></note>bye\n\n"
                        "The text after a child element is stored as that child's tail."),
             passage(2, "The tail design was chosen because it keeps every tree node an element, which makes the "
                        "API a huge simplification over separate text nodes.")]
    text, refused, _ = extract_answer("Why does the tree model keep text after a child as its tail?", found,
                                      embedder, 0.2)
    assert not refused and "huge simplification" in text
    assert "<note>" not in text
    # nor with lines of it that stand alone
    found[0] = passage(1, "<tag>text<child/></tag>tail\n\n<test>TEXT</test>TAIL")
    text, refused, _ = extract_answer("Why is the text after the child element stored as its tail?", found,
                                      embedder, 0.2)
    assert not refused and "huge simplification" in text and "<tag>" not in text


@pytest.mark.parametrize("text,question,kept,left_out", [
    # the sentence after qualifies the answer
    ("A cached lookup is extremely fast if the key is present. Actually filling the cache is expensive. The cache "
     "lives in memory and is lost at exit.", "Is a cached lookup fast?",
     ["Actually filling the cache is expensive. [1]"], "lost at exit"),
    # "these parameters" two sentences on, past a sentence on the example, still speaks of the chosen one's
    ("The listen-host and listen-port parameters give the address the agent binds to. In the example above, the "
     "agent listens on 10.0.0.5 port 9000. If these parameters are not set, the agent listens on 127.0.0.1 port "
     "8000. The agent logs every request.",
     "Which address does the agent use for listen-host and listen-port if I leave them out?",
     ["If these parameters are not set, the agent listens on 127.0.0.1 port 8000. [1]"], "logs every request"),
    # a consequence comes with what it follows from, and "in such cases" with the case it qualifies
    ("The parser keeps one value per name in a map. Therefore, if a name appears twice, the later value replaces "
     "the earlier one. Since version 3, the parser reports an error in such cases. Comments start with a hash sign.",
     "What happens when a name appears twice in a map?",
     ["The parser keeps one value per name in a map. [1]", "reports an error in such cases. [1]"], "hash sign"),
], ids=["qualifies", "names-them-again", "consequence"])
def test_a_sentence_comes_with_those_that_speak_of_it_and_no_further(embedder, text, question, kept, left_out):
    answer, refused, _ = extract_answer(question, [passage(1, text)], embedder, 0.2)
    assert not refused and all(k in answer for k in kept)
    assert left_out not in answer


def test_which_guide_says_something_is_answered_with_the_guide_named_from_its_record(guides_bot):
    answer = guides_bot.ask("Which guide says how wide a Zorblax cage must be?")
    assert not answer.refused and answer.text.startswith("Housing is dated 2024-05-31.")
    record = answer.passages[-1]        # added after the retrieved passages
    assert record.is_record and record.doc_id == "housing.html" and answer.text.index(f"[{record.n}]") < 40
    assert "at least a metre wide" in answer.text
    assert all(v.status == "supported" for v in answer.verdicts)
    # a question that asks for no essay gets no record
    plain = guides_bot.ask("How wide must a Zorblax cage be?")
    assert not plain.text.startswith("Housing is dated")


@pytest.mark.parametrize("question,asks", [
    ("Which FAQ page explains why Python has no goto?", True),
    ("In which chapter is the initramfs described?", True),
    ("What document tells the story of Python's creation?", True),
    ("Which version of aptitude added this?", False),
    ("What happens to an attribute called __spam?", False),
    # a file the essays speak of, unless the question says it means an essay's file
    ("Which file receives the extra debug information?", False),
    ("Which files does BIND keep for a DNSSEC zone key?", False),
    ("Which file holds the HTTP/2 guide?", True),
    ("Does the collection have a page on virtual hosting? If so, which file is it?", True),
    # what the essay that says something is called
    ("What is the title of the tutorial page that explains how to submit test results to CDash?", True),
    ("What is the document about compiling Graphviz from source called?", True),
    ("What is Newsboat's user manual titled?", True),
    ("What is the configuration file called?", False),
    ("What is the name of the file that holds the zone keys?", False),
    ("What is the name of the daemon that restarts failed processes?", False)])
def test_a_question_asking_which_essay_says_something_is_told_apart(question, asks):
    assert asks_which_essay(question) is asks


def test_a_name_the_user_made_up_for_their_own_thing_is_no_missing_anchor():
    found = [passage(1, "Search sys.path for the named module and execute its contents as the __main__ module. "
                        "Since the argument is a module name, you must not give a file extension (.py).")]
    assert missing_anchors("When I run a module with python -m, do I write mymodule.py or just mymodule?",
                           found) == []
    assert missing_anchors("Does python -m foo run foo/__main__.py?", found) == []
    assert missing_anchors("Can I run somemodule.py with python -m somemodule?", found) == []
    # a tool's name is still one the passages must have
    assert missing_anchors("When I run a module with docopt, do I give a file extension?", found) == ["docopt"]


def test_a_command_comes_with_the_description_under_its_signature(embedder):
    """FRR's watchfrr chapter: the answer said what the command does ("Tell WATCHFRR to ignore a particular
    DAEMON ...") without the command, "watchfrr ignore DAEMON", on the line above it."""
    found = [passage(1, "- show watchfrr\n\n- Give status information about the state of the different daemons "
                        "being watched by WATCHFRR\n\n- watchfrr ignore DAEMON\n\n- Tell WATCHFRR to ignore a "
                        "particular DAEMON if it goes unresponsive. This is particularly useful when you are a "
                        "developer and need to debug a working system, without watchfrr pulling the rug out from "
                        "under you."),
             passage(2, "WATCHFRR is a daemon that handles failed daemon processes and intelligently restarts them "
                        "as needed.")]
    text, refused, _ = extract_answer("Which command stops watchfrr from restarting a particular daemon that goes "
                                      "unresponsive while I'm debugging it?", found, embedder, 0.2)
    assert not refused
    assert "watchfrr ignore DAEMON [1] Tell WATCHFRR to ignore a particular DAEMON" in text


def test_an_option_is_answered_from_the_definition_under_it_not_from_its_neighbours(embedder):
    found = [passage(1, "-B\n\nIf given, Python won't try to write .pyc files on the import of source modules.\n\n"
                        "-b\n\nIssue a warning when converting bytes or bytearray to str without specifying "
                        "encoding.\n\n-d\n\nTurn on parser debugging output (for experts only).")]
    text, refused, _ = extract_answer("What does the -b option do?", found, embedder, 0.2)
    assert not refused and text.startswith("-b [1] Issue a warning when converting bytes")   # with its option
    assert "-d" not in text
    text, refused, _ = extract_answer("What does the -B option do?", found, embedder, 0.2)
    assert not refused and text.startswith("-B [1] If given, Python won't try to write .pyc files")


def test_a_long_option_the_passages_never_name_is_missing_whatever_its_words():
    question = "What does the --keep-within option of the prune command do?"
    assert missing_anchors(question, [passage(1, "Use prune --keep-daily 7 to keep archives within limits.")]) == \
        ["--keep-within"]       # its words are there, the option is not: the docs do not describe it
    assert missing_anchors(question, [passage(1, "prune --keep-within 2d keeps all archives of two days.")]) == []
    assert missing_anchors(question, [passage(1, "The setting keep_within = 2d keeps two days.")]) == []


def test_a_size_in_the_users_units_and_a_plural_like_mp3s_are_found_as_the_text_writes_them():
    found = [passage(1, "Even if you specify -s malloc,16G the cache might use double that memory. "
                        "Do not compress MP3 files.")]
    assert missing_anchors("I gave the cache 16 GB of RAM but it uses far more. Is it leaking?", found) == []
    assert missing_anchors("Should I compress my MP3s as well?", found) == []
    assert missing_anchors("I gave the cache 32 GB of RAM. Is it leaking?", found) == ["32"]   # another size


def test_a_question_asking_for_a_default_needs_a_sentence_that_gives_one(embedder):
    described = [passage(1, "The ban_lurker_sleep parameter controls how long the ban lurker sleeps between "
                            "runs. The ban lurker walks the cache and tests objects against the ban list.")]
    _, refused, _ = extract_answer("What is the default value of the ban_lurker_sleep parameter?", described,
                                   embedder, 0.2)
    assert refused      # the setting is described, its default is not given
    question = "Which storage backend does the cache use by default?"
    described = [passage(1, "The cache can keep objects in malloc or in file storage. File storage is backed by "
                            "a file mapped into memory.")]
    assert extract_answer(question, described, embedder, 0.2)[1]
    given = [passage(1, "The cache can keep objects in malloc or in file storage. If no storage is chosen, the "
                        "cache keeps objects in malloc.")]
    text, refused, _ = extract_answer(question, given, embedder, 0.2)
    assert not refused and "If no storage is chosen" in text
    # asked by what happens when the user sets nothing: the same requirement, and the sentence that gives
    # the default is the one chosen, over one that describes the setting in more of the question's words
    unset = "Which storage backend does the cache use if I don't set one?"
    assert extract_answer(unset, described, embedder, 0.2)[1]
    # or in the passive (the CMake tutorial: "... when CMAKE_BUILD_TYPE is not set at all?")
    assert extract_answer("Which storage backend does the cache use when the storage option is not set at all?",
                          described, embedder, 0.2)[1]
    many = [passage(1, "The storage backend of the cache is set with the storage option of the cache, and the "
                       "cache can use malloc or file storage. The cache keeps objects in malloc unless told "
                       "otherwise. Storage sizes are given in bytes.")]
    text, refused, _ = extract_answer(unset, many, embedder, 0.2)
    assert not refused and "unless told otherwise" in text
    # "in the default setup" sets the scene; it asks for no default
    scene = [passage(1, "Addresses from 10.0.16.20 to 10.0.31.254 are handed out by DHCP on the main network.")]
    _, refused, _ = extract_answer("Which addresses are handed out by DHCP in the default network setup?", scene,
                                   embedder, 0.2)
    assert not refused


def test_i_with_a_contraction_is_no_name_the_passages_must_mention():
    found = [passage(1, "Run the script with -i to enter interactive mode after it ends.")]
    assert missing_anchors("I'd like to stay in the interpreter after my script ends; I've tried -c. How?",
                           found) == []
    assert missing_anchors("I'm on Gentoo; can I stay in the interpreter?", found) == ["Gentoo"]


def test_a_version_is_found_whole_not_digit_by_digit():
    found = [passage(1, "Upgrading from version 2.8.x to 2.9.x is seamless. This is Knot DNS 3.2.6.")]
    assert missing_anchors("What changes when upgrading from 3.2 to 3.3?", found) == ["3.3"]   # "3" is there
    found = [passage(1, "The 7.x Releases: the installer was available in 73 languages.")]
    assert missing_anchors("In how many languages was the installer of release 7.0 available?", found) == []


def test_a_follow_up_is_refused_for_its_own_missing_names_not_for_the_earlier_turns(embedder):
    found = [passage(1, "So for example.com to invalidate their front page they would call out to the cache "
                        "like this: PURGE / HTTP/1.0 Host: example.com")]
    query = "How do I let my CMS purge pages? And what exactly do I send to clear the front page of example.com?"
    text, refused, _ = extract_answer(query, found, embedder, 0.2,
                                      focus="And what exactly do I send to clear the front page of example.com?")
    assert not refused and "PURGE / HTTP/1.0" in text
    _, refused, _ = extract_answer(query, found, embedder, 0.2, focus="And what do I send from my Drupal site?")
    assert refused    # its own name, Drupal, is in no passage


def test_the_numbers_of_the_users_own_code_are_no_missing_anchors():
    found = [passage(1, "An assignment statement evaluates the expression list and assigns the single resulting "
                        "object to each of the target lists, from left to right.")]
    assert missing_anchors("I wrote idx, items[idx] = 7, 9 expecting items[0] to change. Why did items[7]?",
                           found) == []
    assert missing_anchors("What did the assignment statement do in Python 3.12?", found) == ["Python", "3.12"]


def test_a_sentence_from_the_passage_about_the_question_outranks_a_look_alike_from_another_topic(embedder):
    # read alone, the log sentence matches the question better ("by default", "old backup"); its passage is
    # about a web server's logs, and the retriever found it far less similar to the question
    on_topic = replace(passage(1, "Pruning removes old archives from a Borg repository.\n\n"
                                  "Archives are kept for seven days unless a longer limit is given."), similarity=0.72)
    look_alike = replace(passage(2, "The web server rotates its logs every night.\n\n"
                                    "By default, old backup copies of the logs are kept for seven weeks."),
                         similarity=0.31)
    ranked = score_sentences("How long does Borg keep old backup archives by default?", [look_alike, on_topic],
                             embedder)
    assert ranked[0].n == 1
    assert ranked.index(next(s for s in ranked if "seven days" in s.text)) < \
        ranked.index(next(s for s in ranked if "seven weeks" in s.text))


def test_a_protocol_version_is_an_anchor_whole():
    question = "How do I enable HTTP/2 support for clients?"
    found = [passage(1, "The cache speaks HTTP to its clients and to 2 backends.")]
    assert missing_anchors(question, found) == ["HTTP/2"]    # HTTP and a 2 are there; HTTP/2 is not
    assert missing_anchors(question, [passage(1, "Start it with -p feature=+http2 to enable HTTP/2.")]) == []
    assert missing_anchors("Does it speak HTTP/1.1?", [passage(1, "Only HTTP/1.10 here.")]) == ["HTTP/1.1"]


def test_a_users_own_path_an_unprefixed_word_and_a_signal_are_found_as_the_text_writes_them():
    found = [passage(1, "Files outside /var/log often fail on SELinux permission errors. rsyslogd runs without "
                        "high privileges after startup. For SIGUSR1 to work, debugging must be enabled.")]
    # "/srv/applogs" is the user's own folder; no passage needs to name it
    assert missing_anchors("I write to a file under /srv/applogs but it stays empty. Why?", found) == []
    # "unprivileged" asks about privileges
    assert missing_anchors("I want rsyslogd to run as an unprivileged user. Why can't I?", found) == []
    # "kill -USR1" sends SIGUSR1; another signal is still missing
    assert missing_anchors("I send kill -USR1 to rsyslogd and nothing happens. Why?", found) == []
    assert missing_anchors("I send kill -USR2 to rsyslogd and nothing happens. Why?", found) == ["USR2"]
    assert missing_anchors("Does rsyslogd forward to journalbeat?", found) == ["journalbeat"]   # still a rare word


def test_an_identifier_with_an_underscore_is_only_itself():
    # "mod_md" shares its first four letters with "mod_rewrite", which names another module
    found = [passage(1, "Use mod_rewrite to redirect requests, and mod_ssl to serve them over TLS.")]
    assert missing_anchors("How do I get certificates renewed automatically with mod_md?", found) == ["mod_md"]
    assert missing_anchors("How do I redirect requests with mod_rewrite?", found) == []


def test_an_acronym_is_mentioned_by_its_plural():
    found = [passage(1, "With fast, lightly loaded LANs and modern processors, the nominal Allan intercept is about 500 s.")]
    assert missing_anchors("What is the Allan intercept on a fast LAN?", found) == []
    assert missing_anchors("What is the Allan intercept on a fast WAN?", found) == ["WAN"]


def test_the_values_a_user_saw_and_expected_and_their_codes_strings_are_no_missing_anchors():
    found = [passage(1, "Integer division truncates: 6/8 is 0. Unary minus binds tighter than exponentiation. "
                        "In zsh an unquoted parameter holding several words is not split into words.")]
    assert missing_anchors("Why does echo $(( 7 / 2 )) print 3 instead of 3.5?", found) == []
    assert missing_anchors("Why does -3**2 give 9 rather than -9?", found) == []
    assert missing_anchors('I set `files="notes.txt todo.txt"` and `rm $files` fails. Why?', found) == []
    assert missing_anchors("I set `files=\"notes.txt todo.txt\"`; rm says there is no 'notes.txt todo.txt'. Why?",
                           found) == []     # the same data, repeated outside the code
    assert missing_anchors("How do I get zero-padded numbers like 01 02 ... 10 from a sequence?", found) == []
    # a number the question asks about is still one the passages must have
    assert missing_anchors("Why does integer division give 0 in version 5.9?", found) == ["5.9"]
    assert missing_anchors("What changed in releases like 5.9?", found) == ["5.9"]


def test_a_key_is_found_however_the_text_writes_it_and_a_prefixed_common_word_is_no_name():
    found = [passage(1, "The control-s and control-q keys do flow control by default. "
                        "If no external command is found, command_not_found_handler is run.")]
    assert missing_anchors("Pressing Ctrl-S freezes my terminal until Ctrl-Q. Why?", found) == []
    assert missing_anchors("Pressing Ctrl-X does nothing. Why?", found) == ["Ctrl-X"]
    daemon = [passage(1, "Bash runs ~/.bashrc when run by the secure shell daemon sshd.")]
    assert missing_anchors("Why does my job die when I close my SSH session?", daemon) == []
    assert missing_anchors("Why does my job die when I close my SSH session?", found) == ["SSH"]
    carets = [passage(1, "Some key bindings are controlled by the terminal: ^C, ^Q, ^S, ^Z.")]
    assert missing_anchors("Why do some Ctrl key combinations do nothing?", carets) == []
    assert missing_anchors("Why do some Ctrl key combinations do nothing?", [passage(1, "Keys are bound.")]) == \
        ["Ctrl"]
    assert missing_anchors("When I mistype a command, can zsh run my own code?", found) == []
    assert missing_anchors("When I run restic, can zsh run my own code?", found) == ["restic"]
    # set 67's dt20: "subdirectory" is a directory under another, a user's word like "superuser" or "prebuilt"
    assert missing_anchors("When I run zsh from a subdirectory, can it find my code?", found) == []
    assert missing_anchors("Can I run zsh as the superuser with prebuilt code?", found) == []


def test_a_default_given_for_something_else_does_not_answer_a_question_for_a_default(embedder):
    found = [passage(1, "FUNCNEST limits how deeply functions may call each other."),
             passage(2, "The shell currently defines no mathematical functions by default.")]
    _, refused, _ = extract_answer("What is the default value of FUNCNEST?", found, embedder, 0.2)
    assert refused     # the one default given is of something else
    given = [passage(1, "FUNCNEST limits how deeply functions may call each other. By default FUNCNEST is 500.")]
    text, refused, _ = extract_answer("What is the default value of FUNCNEST?", given, embedder, 0.2)
    assert not refused and "500" in text


def test_a_default_given_for_another_setting_does_not_answer_for_a_setting_named_in_lower_case(embedder):
    """Set 73: "What is the default value of delaybeforesend?" had been answered with "The default time is 30
    seconds" (the timeout's); a setting in lower case is named by its rare word, not a capital."""
    found = [passage(1, "The default value of the reply timeout is 30 seconds."),
             passage(2, "The pause before each write can be tuned with the writepause attribute.")]
    _, refused, _ = extract_answer("What is the default value of writepause, in seconds?", found, embedder, 0.2)
    assert refused
    given = [passage(1, "The pause before each write can be tuned with the writepause attribute, which defaults "
                        "to 50 milliseconds.")]
    text, refused, _ = extract_answer("What is the default value of writepause, in seconds?", given, embedder, 0.2)
    assert not refused and "50 milliseconds" in text


def test_a_records_sentences_answer_questions_about_the_essays_and_no_others(embedder):
    record = replace(passage(2, "Client Quick Start Guide was written by Harlan Stenn. Client Quick Start Guide is "
                                "dated 2023-07-29. Client Quick Start Guide is an essay in this collection, the file "
                                "quick.html."), section=RECORD_SECTION)
    text_passage = passage(1, "NTPsec reads the configuration segments under /etc/ntpsec/ntp.d/ in the text sort "
                              "order of their names. Only names ending in .conf are read.")
    ranked = score_sentences("In what order does NTPsec read its configuration segments in the quick start guide?",
                             [text_passage, record], embedder)
    assert 2 in {s.n for s in ranked}   # the question names the guide: the record may answer
    ranked = score_sentences("In what order does NTPsec read the segments under /etc/ntpsec/ntp.d/?",
                             [text_passage, record], embedder)
    assert {s.n for s in ranked} == {1}      # what the essays say: no record sentence is a candidate
    text, refused, _ = extract_answer("Who wrote the Client Quick Start Guide, and when?", [text_passage, record],
                                      embedder, 0.2)
    assert not refused and "Harlan Stenn" in text


def test_a_name_ending_in_one_digit_and_a_command_starting_with_a_count_are_anchors():
    found = [passage(1, 'Vim encrypts with the blowfish method. The commands "3dw" and "d3w" delete three words. '
                        "The disk holds 16G of swap.")]
    assert missing_anchors("How do I switch the encryption to the stronger blowfish2 method?", found) == ["blowfish2"]
    assert missing_anchors("Is there any difference between typing 3dw and d3w?", found) == []
    assert missing_anchors("What does 5dw do?", found) == ["5dw"]
    # a number with its unit or as an ordinal is still the number asked about
    assert missing_anchors("Is 16GB of swap enough for the 2nd disk?", found) == ["2"]


def test_a_sentence_after_a_command_comes_with_the_command_and_its_lead_in(embedder):
    found = [passage(1, "There is the risk that you type a write command without thinking. If you really want to "
                        "forbid making changes in a file, do this:\n\nvim -M file\n\nNow every attempt to change "
                        "the text will fail. The help files are like this, for example.")]
    text, refused, _ = extract_answer("How do I open a file so that any attempt to change the text fails?", found,
                                      embedder, 0.2)
    assert not refused
    assert "do this: [1] vim -M file [1] Now every attempt to change the text will fail. [1]" in text


def test_a_table_row_comes_with_its_tables_header_row(embedder):
    """CMake's "Specifying a Build Program": "MinGW Makefiles | mingw32-make |" says what mingw32-make is only
    under "Generator | Default make program | Alternatives", and without it a question asking for the default
    program was refused."""
    table = ("Generator | Default make program | Alternatives\n\nUnix Makefiles | make |\n\nNMake Makefiles | nmake "
             "| jom\n\nMinGW Makefiles | mingw32-make |\n\nNinja | ninja |")
    found = [passage(1, f"The program invoked by the --build mode is determined by the CMAKE_MAKE_PROGRAM "
                        f"variable. For most generators, the particular program does not need to be configured."
                        f"\n\n{table}")]
    text, refused, _ = extract_answer("Which build program does cmake --build run by default for the MinGW "
                                      "Makefiles generator?", found, embedder, 0.2)
    assert not refused
    assert "Generator | Default make program | Alternatives [1] MinGW Makefiles | mingw32-make | [1]" in text
    # a passage that starts inside a table cannot tell its header: its first row is only a row
    found = [passage(1, table.split("\n\n", 2)[2])]
    text, refused, _ = extract_answer("Which program does the MinGW Makefiles generator use?", found, embedder, 0.2)
    assert not refused and "NMake Makefiles" not in text and "mingw32-make" in text


def test_each_part_of_a_question_joined_by_and_gets_its_sentence(embedder):
    """CMake's "Using Dependencies Guide": "... on Unix and on Windows?" was answered with sentences on Unix and
    the variable alone; the one naming Windows scored below them, on fewer of the question's words."""
    found = [passage(1, "On Unix hosts, /usr/local is the default installation location. The CMAKE_INSTALL_PREFIX "
                        "variable can be set in the CMake cache to specify where to install the provided software. "
                        "If the provided software has install rules, they will install artifacts into that prefix. "
                        "Packages are often installed into a prefix that users choose themselves. On Windows, the "
                        "default installation location corresponds to the ProgramFiles system directory.")]
    question = "Where does CMake install software by default on Unix and on Windows?"
    text, refused, _ = extract_answer(question, found, embedder, 0.2)
    assert not refused and "/usr/local" in text and "ProgramFiles" in text
    # a question naming one place asks for no other
    text, refused, _ = extract_answer("Where does CMake install software by default on Unix hosts?", found,
                                      embedder, 0.2)
    assert not refused and "/usr/local" in text and "ProgramFiles" not in text


def test_an_faq_answer_is_read_with_its_question(embedder):
    """Valgrind's FAQ: "How do you pronounce "Valgrind"?", then "The "Val" as in the word "value"." shares no word
    with "How is the name pronounced?" but its question; a sentence about function names won instead."""
    found = [passage(1, 'How do you pronounce "Valgrind"? The "Val" as in the word "value". The "grind" is '
                        "pronounced with a short 'i' rather than as in \"find\".\n\nWhy does Valgrind sometimes "
                        "report the wrong function name? Most of the time Valgrind chooses a suitable name for a "
                        "function, but very occasionally it gets the name wrong.")]
    text, refused, _ = extract_answer('How is the name "Valgrind" supposed to be pronounced?', found, embedder, 0.2)
    assert not refused and '"value"' in text


def test_a_count_of_the_users_own_things_and_an_options_value_are_no_anchors():
    found = [passage(1, "Copies are normally not collated for you. Use the -o collate=true option to get collated "
                        "copies. The job-hold-until option holds a job until the evening.")]
    assert missing_anchors("When I print 5 copies with lp -n 5 I get all the page ones. How do I collate them?",
                           found) == []
    assert missing_anchors("My 300-page report would hog the printer. Can I hold it until the evening?", found) == []
    # the value the user wants a setting to take (GnuCash: "how do I make my invoice numbers start at 1000?")
    assert missing_anchors("How do I make my copy numbers start at 1000?", found) == []
    assert missing_anchors("I want my copies numbered from 1000 onward. Where do I set that?", found) == []
    # a year, and a number after a name, are still what the question is about
    assert missing_anchors("Which collate options changed in 2019 releases?", found) == ["2019"]
    assert missing_anchors("Does the evening hold start at 1000?", found) == ["1000"]
    assert missing_anchors("Does CUPS 3 collate copies?", found) == ["CUPS", "3"]


def test_a_definition_comes_with_the_term_it_defines(embedder):
    found = [passage(1, "The error policy sets what happens when a printer cannot be reached:\n\nabort-job\n\n"
                        "Aborts the job on error.\n\nretry-job\n\nRetries the job at a future time.\n\nstop-printer\n\n"
                        "Stops the printer on error.")]
    text, refused, _ = extract_answer("How do I have a failed job retried at a future time?", found, embedder, 0.2)
    assert not refused
    assert "retry-job [1] Retries the job at a future time. [1]" in text
    # a setting with its values and default is a term too (tinc's "MACExpire = <seconds> (600)")
    found = [passage(1, "KeyExpire = <seconds> (3600)\n\nThis option controls the time the encryption keys are "
                        "valid.\n\nMACExpire = <seconds> (600)\n\nThis option controls the amount of time MAC "
                        "addresses are kept before they are removed.")]
    text, refused, _ = extract_answer("How long are MAC addresses kept before they are removed?", found, embedder, 0.2)
    assert not refused and "MACExpire = <seconds> (600) [1] This option controls the amount of time MAC" in text
    # and so is an entry's syntax line, where the setting's name and default stand (Newsboat's reference)
    found = [passage(1, "Syntax: max-downloads <number> Default: 1 Example: max-downloads 3\n\nThis variable "
                        "sets the number of parallel downloads.\n\nSyntax: max-browser-tabs <number> Default: 10 "
                        "Example: max-browser-tabs 4\n\nSet the maximum number of articles to open in a browser "
                        "when using the open-all-unread-in-browser command.")]
    text, refused, _ = extract_answer("Is there a limit on how many articles open-all-unread-in-browser opens?", found,
                                      embedder, 0.2)
    assert not refused and "Default: 10 Example: max-browser-tabs 4 [1] Set the maximum number of articles" in text


def test_a_name_with_a_capital_inside_is_mentioned_only_as_itself():
    # "websites" starts as "WebSocket" does, and names another thing
    found = [passage(1, "Websites can leverage this limitation to circumvent Privoxy's filters.")]
    assert missing_anchors("Can Privoxy filter or block WebSocket connections?", found) == ["WebSocket"]
    # the word as written, in any case, still counts
    found = [passage(1, "Privoxy hands websocket connections through unfiltered.")]
    assert missing_anchors("Can Privoxy filter or block WebSocket connections?", found) == []


def test_a_line_of_code_that_opens_a_block_or_a_quote_is_no_answer(embedder):
    """A code block's lines are sentences of their own; zsh's manual shows "trap '" and "TRAPINT() {" on lines
    of their own, between them "(function traps) and", and each had been quoted as the answer's second
    sentence."""
    found = [passage(1, "The functions beginning TRAP may alternatively be defined with the trap builtin. The "
                        "forms\n\nTRAPNAL() {\n# code\n}\n\n(function traps) and\n\ntrap '\n# code\n' NAL\n\n"
                        "(list traps) are equivalent in most ways.\n\nFunction traps are not reset within "
                        "subshells, in accordance with zsh behaviour; list traps are reset, in accordance with POSIX "
                        "behaviour."),
             passage(2, "TRAPINT() {\nprint \"Caught SIGINT, aborting.\"\nreturn $(( 128 + $1 ))\n}\n\nThe "
                        "functions TRAPZERR, TRAPDEBUG and TRAPEXIT are never executed inside other traps.")]
    text, refused, _ = extract_answer("If I define a TRAPINT function and then run code in a subshell, is that trap "
                                      "still in effect, and would the same hold for a trap set with the trap builtin?",
                                      found, embedder, 0.2)
    assert not refused
    assert "trap ' [1]" not in text and "TRAPINT() {" not in text and "} [" not in text
    assert "traps) and [1]" not in text      # nor the prose the code blocks broke off


def test_an_acronym_is_mentioned_by_the_words_it_stands_for_and_a_number_by_the_name_it_is_glued_to():
    faq = [passage(1, "Bacula Frequently Asked Questions\n\nPath and file names are kept in buffers of 256 bytes.")]
    assert missing_anchors("According to the FAQ, how large are the name buffers?", faq) == []
    assert missing_anchors("What does the NHS say about the buffers?",
                           [passage(1, "The new health system keeps buffers of 256 bytes.")]) == ["NHS"]
    win = [passage(1, "Note, Win95 is no longer supported because it lacks the GetFileAttributesExA call.")]
    assert missing_anchors("Why is Windows 95 no longer supported?", win) == []
    assert missing_anchors("Why is Windows 98 no longer supported?", win) == ["Windows", "98"]


def test_an_answer_from_a_record_does_not_read_on_into_its_other_fields(embedder):
    """A record's fields each answer on their own: "Who wrote it?" got "... was published by Nesta." too, and
    the follow-up "What was her role?" was then read with Nesta's name beside the author's."""
    record = replace(passage(1, "Conclusion was written by Hessy Elliott. Conclusion is dated 2020. Conclusion was "
                                "published by Nesta. Conclusion comes from https://www.nesta.org.uk/report/"
                                "introducing-ai-powered-state/conclusion/"), section=RECORD_SECTION)
    text, refused, _ = extract_answer("Who wrote the conclusion?", [record], embedder, 0.2)
    assert not refused and "Hessy Elliott" in text and "Nesta." not in text


def test_an_example_comes_after_its_caption(embedder):
    """Wireshark's guide: "What capture filter grabs only telnet traffic to and from host 10.0.0.5?" got the
    caption "A capture filter for telnet that captures traffic to and from a particular host" without the
    filter under it."""
    found = [passage(1, "An example is shown in Example 4.1.\n\nExample 4.1. A capture filter for telnet that "
                        "captures traffic to and from a particular host\n\ntcp port 23 and host 10.0.0.5\n\n"
                        "This example captures telnet traffic to and from the host 10.0.0.5.")]
    text, refused, _ = extract_answer("What capture filter grabs only telnet traffic to and from a host?", found,
                                      embedder, 0.2)
    assert not refused
    assert "tcp port 23 and host 10.0.0.5 [1]" in text


def test_what_holds_when_a_field_is_left_open_answers_a_question_on_leaving_it_empty(embedder):
    """Wireshark's guide: "what maximum frame length is used if I leave the field empty?" was refused, for the
    answer says "If you leave this open the maximum is set to 256kiB." (no "default", a number glued to its
    unit)."""
    found = [passage(1, "Maximum frame length\n\nYou may not be interested in the full frames from the text file, "
                        "just the first part. Here you can define how much data from the start of the frame you want "
                        "to import. If you leave this open the maximum is set to 256kiB.")]
    text, refused, _ = extract_answer("What maximum frame length is used if I leave the field empty?", found,
                                      embedder, 0.2)
    assert not refused
    assert "256kiB" in text


def test_a_command_shown_after_the_chosen_sentences_lead_in_comes_with_it(embedder):
    """SCons's guide: "For those users using Anaconda or Miniconda, use the conda installer instead ... For
    example:", then the command in a paragraph of its own; the answer to "Which command should I use?" stopped
    before the command."""
    found = [passage(1, "If you prefer not to install to the Python system location, you can add a flag to install "
                        "to a location specific to your own account:\n\n% python -m pip install --user scons\n\n"
                        "For those users using Anaconda or Miniconda, use the conda installer instead, so the scons "
                        "install location will match the version of Python that system will be using. For "
                        "example:\n\n% conda install -c conda-forge scons\n\nSCons comes pre-packaged for "
                        "installation on many Linux systems.")]
    text, refused, _ = extract_answer("I use Miniconda. Which installer should users of Anaconda or Miniconda use "
                                      "for SCons?", found, embedder, 0.2)
    assert not refused
    assert "For example: [1] % conda install -c conda-forge scons [1]" in text


def test_a_list_the_chosen_sentences_paragraph_leads_into_comes_whole(embedder):
    """Mercurial's HGUSER: "This is the string used as the author of a commit. If not set, available values will
    be considered in this order:", then five items, each a paragraph: the answer took the first as a command."""
    found = [passage(1, "This is the string used as the author of a commit. If not set, available values will be "
                        "considered in this order:\n\n- HGUSER (deprecated)\n\n- configuration files from the "
                        "HGRCPATH\n\n- EMAIL\n\n- interactive prompt\n\n- LOGNAME (with @hostname appended)\n\n"
                        "(deprecated, see help config.ui.username)")]
    text, refused, _ = extract_answer("Which string is used as the author of a commit?", found, embedder, 0.2)
    assert not refused
    for item in ("HGUSER (deprecated)", "configuration files from the HGRCPATH", "EMAIL", "interactive prompt",
                 "LOGNAME (with @hostname appended)"):
        assert f"{item} [1]" in text
    assert "(deprecated, see help" not in text


def test_a_why_question_asking_how_too_gets_the_command_but_a_bare_why_does_not(embedder):
    found = [passage(1, "Vim reads numbers with a leading zero as octal, so CTRL-A on 007 gives 010. This surprises "
                        "many users. Remove octal from the formats:\n\n:set nrformats-=octal\n\n"
                        "Hexadecimal numbers still work.")]
    text, refused, _ = extract_answer("Why did CTRL-A turn 007 into 010, and how do I stop that?", found, embedder,
                                      0.2)
    assert not refused and ":set nrformats-=octal [1]" in text
    text, refused, _ = extract_answer("Why did CTRL-A turn 007 into 010?", found, embedder, 0.2)
    assert not refused and "octal" in text and ":set nrformats" not in text


def test_an_identifier_built_around_a_stand_in_name_is_no_missing_anchor():
    """Set 49's pm02: "as in '-session optional pam_foo.so'" was refused for want of a module no passage names."""
    found = [passage(1, "If the type value from the list above is prepended with a - character the PAM library will "
                        "not log to the system log if it is not possible to load the module because it is missing "
                        "in the system.")]
    assert missing_anchors("What does a dash in front of the module type do, as in '-session optional "
                           "pam_foo.so'?", found) == []
    # a real module's name is still one the passages must have
    assert missing_anchors("What does a dash in front of pam_unix.so do?", found) == ["pam_unix.so"]


def test_an_api_description_comes_with_the_signature_it_describes(embedder):
    """Sphinx writes an API's entries as a signature alone on its line ("done()", "exception mylib.Busy"), then
    what it does ("Returns True if ..."): the description names nothing, and the answer is the name above it."""
    found = [passage(1, "class jobs.Job(*args)\n\nRepresents one queued job.\n\nrequeue(delay)\n\nPuts the job "
                        "back on the queue after the given delay.\n\ndone()\n\nReturns True if the job has "
                        "finished running or False otherwise."),
             passage(2, "The module defines these exceptions:\n\n- exception jobs.QueueError\n\n- The base class "
                        "of every error the queue raises.\n\n- exception jobs.Busy\n\n- Raised when a worker "
                        "is asked for a job while it is still running another one.")]
    text, refused, _ = extract_answer("How can I tell whether a job has finished running?", found[:1], embedder, 0.2)
    assert not refused and text.startswith("done() [1] Returns True if the job has finished running")
    text, refused, _ = extract_answer("What error do I get if I ask a worker for a job while it is still running "
                                      "another?", found[1:], embedder, 0.2)
    assert not refused and "exception jobs.Busy [2]" in text
    # the standard library's signatures give defaults, numbers and strings among them; a call with values only is
    # an example, no signature
    library = [passage(1, "jobs.schedule(task, delay=30, *, queue='default')\n\nPuts the task on the named queue "
                          "after the given delay in seconds.\n\nrun('nightly')\n\nThe example above runs the "
                          "nightly task straight away.")]
    text, refused, _ = extract_answer("How do I put a task on a queue after a delay?", library, embedder, 0.2)
    assert not refused and text.startswith("jobs.schedule(task, delay=30, *, queue='default') [1] Puts the task")
    text, _, _ = extract_answer("What does the example above do with the nightly task?", library, embedder, 0.2)
    assert "run('nightly') [1]" not in text and "The example above runs the nightly task" in text


def test_a_sentence_of_a_definition_comes_with_the_option_it_defines(embedder):
    """Set 49's pm25 and pm27: DocBook's option lists put each option alone on its line ("trust",
    "no_pass_expiry") above what it does; the answers said what the option does without naming it."""
    found = [passage(1, "debug\n\nPrint debug information.\n\ntrust\n\nThe pam_wheel module will return "
                        "PAM_SUCCESS instead of PAM_IGNORE if the user is a member of the wheel group (thus with a "
                        "little play stacking the modules the wheel members may be able to su to root without being "
                        "prompted for a passwd)."),
             passage(2, "no_pass_expiry\n\nWhen set ignore password expiration as defined by the shadow entry of "
                        "the user. The option has an effect only in case pam_unix was not used for the "
                        "authentication or it returned authentication failure meaning that other authentication "
                        "source or method succeeded. The example can be public key authentication in sshd.")]
    text, refused, _ = extract_answer("Which pam_wheel option lets wheel members su to root without being "
                                      "prompted for a password?", found[:1], embedder, 0.2)
    assert not refused and text.startswith("trust [1] The pam_wheel module will return PAM_SUCCESS")
    text, refused, _ = extract_answer("When does the option have an effect, if pam_unix was not used for the "
                                      "authentication?", found[1:], embedder, 0.2)
    assert not refused and "no_pass_expiry [2]" in text
    # a word of the text alone on its line is no option ("or" between two synopses)
    aside = [passage(1, "gbp import-dscs can't be configured via gbp.conf.\n\nor\n\nIts options are read from "
                        "the command line only, each time it is run.")]
    text, _, _ = extract_answer("Are its options read from the command line each time it is run?", aside, embedder, 0.2)
    assert "Its options are read from the command line only" in text and "or [1]" not in text
    # nor is the last line of a code block (set 51's fi07: "end [1] Alternatively, use test -n ...")
    code = [passage(1, "Use string length -q -- $var.\n\nif string length -q -- $var1 $var2\n    echo at least one "
                       "is not empty\nend\n\nAlternatively, use test -n \"$var\", but remember that the variable "
                       "must be double-quoted.")]
    text, _, _ = extract_answer("Can I use test -n to check that a variable is not empty?", code, embedder, 0.2)
    assert "Alternatively, use test -n" in text and "end [1]" not in text


def test_a_default_given_in_the_paragraph_of_a_sentence_just_below_the_cut_is_found(embedder):
    """Set 31's px03 (offline): the sentences chosen said what the buffer limit does; the default sat after a
    sentence on the same limit that scored just below them, and the answer was refused for want of a default."""
    found = [passage(1, "When a document buffer size reaches the buffer-limit, it is flushed to the client unfiltered "
                        "and no further attempt to filter the rest of the document is made. Remember that there may "
                        "be multiple threads running, which might require up to buffer-limit Kbytes each, unless you "
                        "have enabled \"single-threaded\" above."),
             passage(2, "Maximum size of the buffer for content filtering.\n\nSize in Kbytes\n\nFor content "
                        "filtering, i.e. the +filter and +deanimate-gif actions, it is necessary that Privoxy buffers "
                        "the entire document body."),
             passage(3, "The distribution default.filter file contains a selection of client-body filters for "
                        "example purposes.\n\nThe amount of data that can be filtered is limited by the "
                        "buffer-limit option in the main config file. The default is 4096 KB (4 Megs). Once this "
                        "limit is exceeded, the whole request body is passed through unfiltered.")]
    text, refused, _ = extract_answer("What's the default buffer limit for content filtering, and what happens "
                                      "when a page is bigger than that?", found, embedder, 0.2)
    assert not refused and "The default is 4096 KB (4 Megs). [3]" in text


def test_layer_three_is_l3():
    """Set 50's ov03: "a layer-3 GRE tunnel" was refused against "L3 GRE tunnel over IPv6 is not supported"."""
    found = [passage(1, "L2 tunnel interface GRE over IPv6 is supported. L3 GRE tunnel over IPv6 is not supported.")]
    assert missing_anchors("Can I build a layer-3 GRE tunnel over IPv6?", found) == []
    assert missing_anchors("Can I build a layer-4 GRE tunnel over IPv6?", found) == ["layer-4"]


def test_an_faq_question_marked_q_is_no_answer_and_its_answer_leans_on_it(embedder):
    """Set 50's Open vSwitch FAQ: "Q: My controller complains that OVS is not buffering packets." ends with no
    question mark, was taken for a statement and quoted as an answer, while the "A:" after it was not."""
    found = [passage(1, "Q: My controller complains that OVS is not buffering packets. What’s going on?\n\nA: "
                        "“Packet buffering” is an optional OpenFlow feature, and controllers should detect how many "
                        "“buffers” an OpenFlow switch implements. Before Open vSwitch 2.7, OVS implemented such "
                        "buffering; Open vSwitch 2.7 and later do not.\n\nQ: I want to add thousands of ports to an "
                        "Open vSwitch bridge, but it takes too long (minutes or hours) to do it with ovs-vsctl.\n\n"
                        "A: If you add them one at a time with ovs-vsctl, it can take a long time to add thousands "
                        "of ports to an Open vSwitch bridge.")]
    text, refused, _ = extract_answer("Does a current OVS still keep packets in OpenFlow packet buffers for my "
                                      "controller?", found, embedder, 0.2)
    assert not refused and "Open vSwitch 2.7 and later do not. [1]" in text
    assert "Q: My controller complains" not in text
    text, refused, _ = extract_answer("Why does it take so long to add thousands of ports to a bridge?", found,
                                      embedder, 0.2)
    assert not refused and "Q: I want to add" not in text and "If you add them one at a time" in text
    # a question marked "Q." ends at its question mark: the answer after it needs no "A."
    faq = [passage(1, "Q. How can I create edges between cluster boxes?\n\nThis only works in Graphviz version 1.7 "
                      "and higher. To make edges between clusters, first set the graph attribute compound=true.")]
    text, refused, _ = extract_answer("Which graph attribute lets an edge end at a cluster box?", faq, embedder, 0.2)
    assert not refused and "first set the graph attribute compound=true. [1]" in text


def test_a_name_asked_with_a_wildcard_is_mentioned_by_any_name_it_begins_and_a_kind_acronym_names_nothing():
    """irssi's Perl notes: "the settings_set_* functions" and "the Perl API" were refused as names no passage
    gives, beside the passage listing settings_set_str and never saying "API"."""
    found = [passage(1, "settings_set_str(key, value) settings_set_int(key, value)\n\nIf you change the settings "
                        "of another script with one of these, you must emit a \"setup changed\" signal afterwards.")]
    assert missing_anchors("After calling one of the settings_set_* functions, what must my script do?", found) == []
    assert missing_anchors("After calling one of the settings_get_* functions, what must my script do?",
                           found) == ["settings_get_*"]
    assert missing_anchors("What does settings_set_str do in the Perl API?", found) == ["Perl"]
    assert missing_anchors("What does settings_set_str do in the Python bindings?", found) == ["Python"]
    # sets 66 and 67: "My CI job checks ..." was refused three times, no passage saying "CI"
    assert missing_anchors("My CI job calls settings_set_str. What must it do afterwards?", found) == []
    assert missing_anchors("In my IDE, on a VM, what must settings_set_str callers do?", found) == []


def test_who_a_guide_is_written_for_is_asked_of_its_text_not_of_its_record():
    """irssi's startup HOWTO: "Who is the startup HOWTO written for?" was answered with its record's "... was
    written by Timo Sirainen"; its heading "To new Irssi users (not to new IRC users ..)" says whom."""
    assert not asks_about_the_essays("Who is the startup HOWTO written for?")
    assert not asks_about_the_essays("For whom is this guide intended?")
    assert asks_about_the_essays("Who wrote the startup HOWTO?")
    assert record_field_asked("Who is the startup HOWTO written for?") is None
    assert record_field_asked("Who is this manual written to help?") is None
    assert record_field_asked("Who wrote the startup HOWTO?") == RECORD_AUTHORS
    assert record_field_asked("Who is the startup HOWTO written by?") == RECORD_AUTHORS


def test_a_lead_in_the_answer_reads_on_into_brings_the_short_sentences_it_introduces(embedder):
    """A lead-in reached by reading on past the best sentence ("There are several ways to work around this:")
    came alone when the lines after it were no bulleted list, so the answer promised ways and gave none."""
    found = [passage(1, "When a mirror copies many large folders at once, it may run out of open file handles, so "
                        "copying stops until the system frees some of them. There are several ways to work around "
                        "this:\n\nRaise the handle limit (ulimit -n 65536)\n\nCopy fewer folders at a time "
                        "(max_parallel = 2)")]
    text, refused, _ = extract_answer("My mirror keeps stalling while it copies lots of big folders. What is going "
                                      "on?", found, embedder, 0.2)
    assert not refused and "work around this: [1]" in text
    assert "Raise the handle limit" in text and "Copy fewer folders" in text


def test_a_sentence_leaning_back_brings_the_one_it_leans_on_and_that_ones_own(embedder):
    """irssi's design notes: "This explains the ... message when quitting" leans on "If it didn't, force the
    disconnect.", which leans on "I solved the problem by waiting a few seconds ...": the answer to why quitting
    takes a while was the last of the three."""
    found = [passage(1, "Closing the socket at once can lose the goodbye message. I solved the problem by waiting a "
                        "few seconds to see if the server closes the link. If it didn't, close it myself. This explains "
                        "the slow \"closing links\" message when leaving the program.")]
    text, refused, _ = extract_answer("Why does the program take a few seconds to exit with a closing links message?",
                                      found, embedder, 0.2)
    assert not refused and "waiting a few seconds to see if the server closes the link. [1]" in text


def test_a_question_offering_two_alternatives_needs_only_one_of_them_in_the_passages():
    """Maxima's manual: "Is Maxima lexically or dynamically scoped?" was refused for "lexically", which no
    passage says; the one that answers says "dynamic scope"."""
    found = [passage(1, "A variable not declared local takes the value most recently assigned by an enclosing "
                        "block. This policy may coincide with the usual understanding of dynamic scope.")]
    assert missing_anchors("Is the language lexically or dynamically scoped?", found) == []
    assert missing_anchors("Is the language dynamically or lexically scoped?", found) == []
    assert missing_anchors("Is the language lexically scoped?", found) == ["lexically"]
    assert missing_anchors("Is the language lexically or statically scoped?", found) == ["lexically"]


def test_a_sentence_two_passages_share_is_said_once(embedder):
    """A passage that brought its lead-in from the chunk before holds the sentence that chunk's own passage
    ends with: the answer quoted "The emulator terminates if the limit ... is reached." twice, [1] and [2]."""
    first = passage(1, "Symbols are never reclaimed by the collector. The runtime stops when the symbol table is full.")
    second = passage(2, "The runtime stops when the symbol table is full. Therefore, turning user input into symbols "
                        "is dangerous in a long-running server.", start=50)
    text, refused, _ = extract_answer("When does the runtime stop because of the symbol table?",
                                      [first, second], embedder, 0.2)
    assert not refused and text.count("The runtime stops when the symbol table is full.") == 1


def test_whom_a_page_addresses_is_an_answer_that_need_hold_no_name(embedder):
    """Flask's design page: "Who is the page about design decisions written for, and what does it try to
    explain?" was refused, as a who-question whose answer held no person's name."""
    found = [passage(1, "If you wonder why the library makes the choices it makes, this chapter is for you. It "
                        "should explain some decisions that look odd at first.")]
    text, refused, _ = extract_answer("Who is the chapter on choices written for, and what does it explain?", found,
                                      embedder, 0.2)
    assert not refused and "this chapter is for you" in text
    assert required_kind("Who is the chapter on choices written for?") is None
    assert required_kind("Who wrote the chapter on choices?") == "who"


def test_the_collection_may_be_asked_for_by_words_before_its_noun():
    """"Which Flask documentation pages are in this collection?" was read as asking for a "Flask", and answered
    with the few records retrieval found instead of the list."""
    names = ["Design Decisions in Flask", "Flask Documentation (2.2.x)", "Testing Flask Applications"]
    assert is_collection_question("Which Flask documentation pages are in this collection?", lambda: names)
    assert is_collection_question("What Flask pages are there?", lambda: names)
    assert not is_collection_question("Which version of Flask does this documentation describe?", lambda: names)
    assert not is_collection_question("Which Flask pages cover testing?", lambda: names)
    # several guides are the essays too ("What does the guide include?" asks about one)
    assert is_collection_question("Which Flask guides are included here?", lambda: names)
    assert is_collection_question("How many manuals are there?", lambda: names)
    assert not is_collection_question("What does the guide include?", lambda: names)


def test_a_question_in_words_is_answered_with_prose_not_with_the_code_beside_it(embedder):
    """pytest's guides: answers quoted "import pytest", "@pytest.fixture(autouse=True)" and "assert
    captured.err == ..." as their sentences, spending the answer on lines that say nothing in words."""
    found = [passage(1, "opts=Options(ROOT=\"/srv\")\n\n@register(kind=\"path\")\nimport pathlib  # for BuildPath\n\n"
                        "There is also a plain version of BuildPath which can be called without Options; that one uses "
                        "the default Options to expand any string it is given.")]
    chosen = [s.text for s in score_sentences("If I call BuildPath without Options, which Options does it use?", found,
                                              embedder)]
    assert chosen and all("There is also" in text for text in chosen)
    # a question that asks for code, or quotes some, may be answered with it
    for asking in ("Which code creates the Options?", "What does opts=Options(...) set?"):
        assert any(text.startswith("opts=") for text in (s.text for s in score_sentences(asking, found, embedder)))


def test_a_banner_line_before_a_sentence_is_no_term_the_sentence_defines(embedder):
    """pytest's assertion guide: a test run's banner ("12s =========") standing before "pytest has support for
    showing the values ..." was quoted as the term that sentence defines."""
    found = [passage(1, "3s ==========================\n\nThe runner shows the values of the subexpressions in a "
                        "failing assert. This lets you use plain asserts without losing detail.")]
    text, refused, _ = extract_answer("Does the runner show the values inside a failing assert?", found, embedder, 0.2)
    assert not refused and "shows the values of the subexpressions" in text
    assert "=====" not in text


def test_the_collection_may_be_asked_for_by_what_its_essays_are_about():
    """"Which Python-Markdown extensions are documented in this collection?": each page is one extension's; the
    question names the collection's subject and asks for its essays by their kind."""
    names = ["Footnotes", "Smarty Pants", "Quillmark 2.1 documentation"]
    assert is_collection_question("Which Quillmark extensions are documented in this collection?", lambda: names)
    assert is_collection_question("What Quillmark plugins are covered by the collection?", lambda: names)
    assert not is_collection_question("Which commands are described in this collection?", lambda: names)
    assert not is_collection_question("Which Quillmark extensions handle footnotes?", lambda: names)


def test_a_name_hyphened_to_an_everyday_word_is_the_name():
    # "PLY-based" names PLY; the passages need not write "PLY-based"
    found = [passage(1, "Qlex runs in optimized mode once its tables are written in normal mode.")]
    assert missing_anchors("Will a Qlex-based parser still work with optimized mode?", found) == []
    assert missing_anchors("Will a Zlex-compatible parser still work with optimized mode?", found) == ["Zlex"]


def test_the_best_ranked_passage_gives_its_best_sentence_when_near_the_cut(embedder):
    """A question asked in other words: the passage ranked first (BM25 found its name) holds the answer in a
    sentence that scores under the cut, below sentences of other passages that share more of the question's
    meaning but name no construct."""
    question = "Our service fans each incoming request out to several upstream services. Which construct is meant " \
               "for that?"
    found = [passage(1, "Pools limit how many jobs run at once. A GreenPile is meant for a request that calls "
                        "several other services and gathers what they return."),
             passage(2, "Each incoming request is handled by its own green thread. Green threads are cheap to start.",
                     doc_id="threads.txt"),
             passage(3, "A service may call other services while it handles a request. A request to a service "
                        "upstream may fail and be retried.", doc_id="services.txt")]
    text, refused, _ = extract_answer(question, found, embedder, 0.2)
    assert not refused
    assert "A GreenPile is meant for a request that calls several other services and gathers what they return. [1]" \
        in text
    assert "Pools limit" not in text   # its best sentence, not the passage


def test_a_name_is_mentioned_by_its_own_forms_not_by_a_word_sharing_its_first_letters():
    """Set 114's dd52: "Can I keep them in Redis instead?" was answered because a passage said "Redirects"."""
    found = [passage(1, "The Redirects panel stops at each redirect. Chinese and European users see the same page.")]
    assert missing_anchors("Can the results be kept in Memcache instead?", found) == ["Memcache"]
    assert missing_anchors("Can the results be kept in Redis instead?", found) == ["Redis"]
    # a name's other forms still count: a people for its country, a plural for its name
    assert missing_anchors("Do users in China see the same page?", found) == []
    assert missing_anchors("Does it work for users in Europe?", found) == []
    assert missing_anchors("What does the Redirect panel do?", found) == []


def test_a_settings_entry_gives_its_default_from_above_and_its_label_lines_what_they_belong_to(embedder):
    """Set 114's dd03 and dd14: a settings list puts each setting's name, then "Default: ...", then what it does;
    a question on the default was refused, and one on what the setting does was answered "Default: True"."""
    entries = passage(1, "- MARK_BEFORE\n\nDefault: '</main>'\n\nThe widget looks for this tag in the page and draws "
                         "itself just ahead of it.\n\n- TIDY_QUERIES\n\nDefault: True\n\nPanel: Queries\n\nGroups the "
                         "words of each query so that it reads well.\n\nLong queries may render slowly when it is on.")
    text, refused, _ = extract_answer("Where in the page does the widget draw itself by default?", [entries],
                                      embedder, 0.2)
    assert not refused
    assert "Default: '</main>' [1]" in text and "MARK_BEFORE [1]" in text
    text, refused, _ = extract_answer("What does TIDY_QUERIES do?", [entries], embedder, 0.2)
    assert not refused
    assert "Groups the words of each query so that it reads well. [1]" in text


def test_when_would_i_want_asks_for_a_situation_not_a_date():
    """Set 114's dd19: "When would I want to stop the templates panel from showing each template's context?" was
    refused for want of a date."""
    assert required_kind("When would I want to turn the context display off?") is None
    assert required_kind("When would you need to rebuild the index?") is None
    assert required_kind("When would the next release be out?") == "when"
    assert required_kind("When will the freeze start?") == "when"


def test_a_question_on_which_release_brought_a_feature_gets_the_release_note_beside_its_description(embedder):
    """Sets 104 and 110 (rm23, dg17): "New in 1.8" stands on its own line above the feature it dates; the
    description was chosen and the note, which answers "which version added that?", was not."""
    found = [passage(1, "Nested stores\n\nNew in 2.4\n\nA store can be opened inside another one, and writes go to "
                        "the inner store until it is closed.\n\nStores are closed in the order they were opened.")]
    text, refused, _ = extract_answer("Can I open one store inside another? Which release added that?", found,
                                      embedder, 0.2)
    assert not refused and "New in 2.4 [1]" in text
    text, _, _ = extract_answer("Can I open one store inside another?", found, embedder, 0.2)
    assert "New in 2.4" not in text   # asked for no release, the note stays out


def test_a_comment_chosen_from_code_brings_the_lines_it_speaks_of(embedder):
    """Set 121's wv12 and wv18: "# save in SRT format" was the answer, without "vtt.save_as_srt()" below it."""
    found = [passage(1, "Subtitles can be written in other formats too:\n\n- SubRip (.srt)\n\nimport subtitles\n"
                        "# write as SubRip\nsubs = subtitles.load('talk.vtt')\nsubs.write_srt()\n"
                        "# shift every cue by two seconds\nsubs.shift(seconds=2)")]
    text, refused, _ = extract_answer("How do I write the subtitles out as SubRip?", found, embedder, 0.2)
    assert not refused
    assert "# write as SubRip [1] subs = subtitles.load('talk.vtt') [1] subs.write_srt() [1]" in text
