from ingest.clean import clean_pages
from ingest.textnorm import collapse_whitespace, normalize_for_match
from tests.conftest import BUNDLED_CORPUS, SEED_FILE


def seed_text() -> str:
    return (BUNDLED_CORPUS / SEED_FILE).read_text(encoding="utf-8")


def test_seed_loses_navigation_site_chrome_and_author_block():
    doc = clean_pages([(None, seed_text())])
    assert "View profile" not in doc.text
    assert "About Nesta" not in doc.text
    assert "innovation foundation" not in doc.text
    assert doc.text.startswith("China is innovating with AI in public services")
    body = doc.text[:doc.sections[-1].start]
    assert body.rstrip().endswith("applying AI in public services.")


def test_the_author_block_is_kept_once_as_a_last_authors_section():
    doc = clean_pages([(None, seed_text())])
    assert doc.text.count("Hessy Elliott") == 1
    last = doc.sections[-1]
    assert last.heading == "Authors"
    assert doc.text[last.start:last.end].split("\n\n") == [
        "Hessy Elliott", "Senior Analyst, A Fairer Start", "Hessy was a senior analyst in the fairer start mission."]


def test_author_block_becomes_metadata_with_the_repeated_name_collapsed():
    doc = clean_pages([(None, seed_text())])
    assert doc.authors == ("Hessy Elliott",)
    assert "Senior Analyst, A Fairer Start" in doc.author_notes


def test_repeated_paragraph_is_kept_once():
    doc = clean_pages([(None, seed_text())])
    paragraphs = [normalize_for_match(p) for p in doc.text.split("\n\n")]
    assert len(paragraphs) == len(set(paragraphs))
    assert doc.text.count("China is innovating with AI in public services at breathtaking speed") == 1


def test_every_cleaned_paragraph_is_verbatim_in_the_source_after_whitespace_normalisation():
    source = collapse_whitespace(seed_text())
    doc = clean_pages([(None, seed_text())])
    for paragraph in doc.text.split("\n\n"):
        assert collapse_whitespace(paragraph) in source


def test_typographic_quotes_are_kept_for_display():
    doc = clean_pages([(None, seed_text())])
    assert "China\u2019s" in doc.text


def test_markdown_headings_become_sections_not_body_text():
    doc = clean_pages([(None, "# Title\n\nIntro paragraph here.\n\n## Method\n\nWe asked people.\nTwice.\n")],
                      markdown=True)
    assert doc.first_heading == "Title"
    assert "# " not in doc.text and "Method" not in doc.text
    assert [(s.heading, doc.text[s.start:s.end]) for s in doc.sections] == [
        ("Title", "Intro paragraph here."), ("Method", "We asked people. Twice.")]


def test_a_markdown_files_first_heading_is_its_title_even_with_no_paragraph_of_its_own():
    doc = clean_pages([(None, "# Icinga 2 Troubleshooting\n\n## Required Information\n\nSay what you ran.\n")],
                      markdown=True)
    assert doc.first_heading == "Icinga 2 Troubleshooting"      # not "Required Information"


def test_links_to_the_pages_before_and_after_are_not_text():
    doc = clean_pages([(None, "<-previous next->\n\nExim writes three logs.\n\n<-previous\n\nnext->\n\n"
                              "Next, the main log is described.")])
    assert doc.text == "Exim writes three logs.\n\nNext, the main log is described."


def test_pages_are_kept_per_paragraph():
    doc = clean_pages([(1, "First page text."), (2, "Second page text.")])
    assert [(s.page, doc.text[s.start:s.end]) for s in doc.sections] == [
        (1, "First page text."), (2, "Second page text.")]


def test_bullets_start_their_own_paragraph():
    doc = clean_pages([(None, "Points follow.\n  \u2022 One point here.\n  \u2022 Another point here.")])
    assert doc.text.split("\n\n") == ["Points follow.", "\u2022 One point here.", "\u2022 Another point here."]


RST_MODULE_PAGE = """======
Access
======

------------------
Module: mod_access
------------------

:Author: Allan Wind
:Date: $Date: 2005/01/30 11:34:32 $

.. contents:: Table of Contents

Description
===========

The access module is used to deny access to files with given trailing path names.

Options
=======

url.access-deny
  Denies access to all files with any of given trailing path names.

  Default: empty
"""


def test_a_restructuredtext_file_gives_its_title_author_date_and_sections():
    doc = clean_pages([(None, RST_MODULE_PAGE)])
    assert (doc.first_heading, doc.authors, doc.date) == ("Access", ("Allan Wind",), "2005-01-30")
    assert "===" not in doc.text and "---" not in doc.text and "contents::" not in doc.text
    options = next(s for s in doc.sections if s.heading == "Options")
    # a short line stays text when the file marks its headings ("Default: empty" is no heading)
    assert doc.text[options.start:options.end].endswith("Default: empty")


def test_an_underlined_markdown_heading_is_a_section_and_a_lone_rule_is_no_text():
    doc = clean_pages([(None, "Rotating logs\n=============\n\nLogs rotate weekly.\n\n***\n\nKeep four.\n")],
                      markdown=True)
    assert doc.first_heading == "Rotating logs"
    assert doc.text == "Logs rotate weekly.\n\nKeep four."


def test_a_note_or_warning_titled_as_a_heading_stays_in_its_section():
    doc = clean_pages([(None, "## User-Defined Headers\n\nmy_hdr adds a header field.\n\n### Note\n\n"
                              "Spaces are not allowed before the colon.\n\nWarning\n-------\n\nBe careful.\n")],
                      markdown=True)
    assert [s.heading for s in doc.sections] == ["User-Defined Headers"]
    assert "Note\n\nSpaces are not allowed before the colon." in doc.text


def test_texinfo_footers_and_chapter_links_are_not_text():
    doc = clean_pages([(None, "Table of Contents\n\nNext Chapter\n\nZsh reads .zshrc.\n\n"
                              "This document was generated on February 5, 2023 using texi2any.")], markdown=True)
    assert doc.text == "Zsh reads .zshrc."


def test_texi2html_navigation_bars_and_footers_are_not_text():
    """GNU gettext's manual (texi2html 1.78a) opens and closes each page with a bar of links and ends with who
    generated it; "[1]" and a sentence ending in "[Index]" stay."""
    bar = "[ << ] | [ >> ] | | | | | | [Top] | [Contents] | [Index] | [ ? ]"
    doc = clean_pages([(None, f"{bar}\n\nThis chapter explains the goals.\n\nSee [1] and the [Index].\n\n{bar}\n\n"
                              "This document was generated by Bruno Haible on July, 26 2020 using texi2html 1.78a.")])
    assert doc.text == "This chapter explains the goals.\n\nSee [1] and the [Index]."


def test_a_table_of_contents_run_into_one_paragraph_is_dropped_and_numbered_questions_are_headings():
    text = ("Frequently Asked Questions\n\nTable of Contents\n\n  o 1. Comparison\n      ? 1.1. How does it compare?\n"
            "  o 2. Configuration\n      ? 2.1. What is the minimum configuration?\n\n1. Comparison\n\n"
            "1.1. How does it compare?\n\nIt is a newer implementation.\n\n2. Configuration\n\n"
            "2.1. What is the minimum configuration?\n\nThe client needs three servers.\n")
    doc = clean_pages([(None, text)])
    assert "? 1.1." not in doc.text and "How does it compare?" not in doc.text
    headings = {s.heading: doc.text[s.start:s.end] for s in doc.sections}
    assert headings["1.1. How does it compare?"].startswith("It is a newer implementation.")
    assert headings["2.1. What is the minimum configuration?"] == "The client needs three servers."


def test_a_tables_header_over_its_rule_is_no_heading():
    header = "MS Name/IP address         Stratum Poll Reach LastRx Last sample"
    doc = clean_pages([(None, f"The sources command prints:\n\n{header}\n{'=' * 70}\n^* foo.example.net  2   6\n\n"
                              "Short heading\n\nA paragraph under it.\n")])
    assert "MS Name/IP address Stratum Poll Reach LastRx Last sample" in doc.text
    assert [s.heading for s in doc.sections] == [None, "Short heading"]


def test_a_short_line_standing_alone_after_a_rule_titles_the_text_below_it():
    # the shape of Vim's help files: sections open with a rule, then their title line; a sentence after a
    # rule stays text, and a field under an overlined and underlined title is no heading
    text = ("Some intro text that runs on.\n\n" + "=" * 78 + "\n\n*05.1*\tThe vimrc file\t\t*vimrc-intro*\n\n"
            "You probably got tired of typing commands.\n\n" + "=" * 78 + "\n\nThis line ends a sentence.\n\n"
            "More text.\n\n-------\nModule: core\n-------\n\n:Author: Jan Kneschke\n\nThe core module.\n")
    doc = clean_pages([(None, text)])
    headings = {s.heading: doc.text[s.start:s.end] for s in doc.sections}
    assert headings["*05.1* The vimrc file *vimrc-intro*"] == (
        "You probably got tired of typing commands.\n\nThis line ends a sentence.\n\nMore text.")
    assert headings["Module: core"] == ":Author: Jan Kneschke\n\nThe core module."


def test_a_table_of_contents_one_entry_to_a_line_is_dropped():
    # GNU Midnight Commander's FAQ: "* 1 Getting started", "+ 1.1 What is Midnight Commander?", one to a line
    text = ("GNU Midnight Commander\nFrequently Asked Questions\n\n     * 1 Getting started\n"
            "          + 1.1 What is Midnight Commander?\n          + 1.2 Does it run on my machine?\n\n"
            "     * 2 Keyboard\n          + 2.1 Why don't function keys work?\n\n1 Getting started\n\n"
            "1.1 What is Midnight Commander?\n\n   It is a file manager.\n\n1.2 Does it run on my machine?\n\n"
            "   It runs on POSIX systems.\n\n2 Keyboard\n\n2.1 Why don't function keys work?\n\n"
            "   Your terminfo database has missing definitions.\n\nSteps:\n\n1 Open it.\n\n2 Close it.\n\n"
            "3 Save it.\n")
    doc = clean_pages([(None, text)])
    assert "+ 1.1" not in doc.text and "* 2 Keyboard" not in doc.text
    assert "It is a file manager." in doc.text and "Your terminfo database has missing definitions." in doc.text
    # numbered lines not found again further on are text
    assert "1 Open it.\n\n2 Close it.\n\n3 Save it." in doc.text


def test_a_labelled_value_is_kept_in_each_entry_under_one_heading():
    """aptitude's options reference gives each option a "Default: true" line under one heading: only the first
    was kept, so no other option had a default."""
    text = "# Options\n\n" + "\n\n".join(f"Option::{name}\n\nWhether aptitude {does} when it starts.\n\nDefault: true"
                                         for name, does in (("Auto-Upgrade", "upgrades"), ("Auto-Fix", "fixes")))
    cleaned = clean_pages([(None, text)], markdown=True)
    assert cleaned.text.count("Default: true") == 2
    repeated = clean_pages([(None, "# Options\n\nOption::A\n\nDefault: true\n\nOption::A\n\nDefault: true")],
                           markdown=True)
    assert repeated.text.count("Default: true") == 1    # the same entry again is a repeat


def test_a_line_a_manual_says_again_in_another_entry_is_kept_there():
    """Newsboat's password-file settings share one description, a term is defined again in another section
    (CMake's CMAKE_SYSTEM_NAME), and two FAQ answers ask for the same line of configuration: each had been
    dropped as a repeat after its first, leaving entries without their descriptions or their subject."""
    entries = "\n\n".join(f"Syntax: {name}-passwordfile <path>\n\nA more secure alternative to the above, by "
                           "storing your password elsewhere in your system." for name in ("feedhq", "inoreader"))
    doc = clean_pages([(None, f"# Configuration\n\n{entries}\n\n# FAQ\n\n## 3. The browser hangs\n\n"
                              "Then add the following line to your config:\n\nbrowser \"~/bin/b.sh\"\n\n"
                              "## 5. The browser complains\n\nAdd the following to your config:\n\n"
                              "browser \"~/bin/b.sh\"")], markdown=True)
    assert doc.text.count("A more secure alternative to the above") == 2
    assert doc.text.count('browser "~/bin/b.sh"') == 2
    last = doc.sections[-1]
    assert doc.text[last.start:last.end].rstrip().endswith('browser "~/bin/b.sh"')


def test_a_block_said_again_and_a_doubled_line_are_repeats():
    """A scraped page's menu or byline given twice, and a line doubled in place, are dropped after the first."""
    menu = "Our work\n\nOur people\n\nOur projects"
    doc = clean_pages([(None, f"# The essay\n\n{menu}\n\nIts first paragraph says what it is about.\n\n"
                              f"Its first paragraph says what it is about.\n\nIts last paragraph.\n\n{menu}")],
                      markdown=True)
    assert [doc.text.count(line) for line in ("Our work", "Our people", "Our projects", "first paragraph")] == [1, 1, 1, 1]


def test_a_markdown_files_repeats_are_its_own():
    """Node.js's API reference shows each example for ES modules, then again for CommonJS, and gives several
    methods one parameter list: dropped as a block said again, the CommonJS examples had stopped after their
    require() line and setTimeout() had lost its parameters."""
    params = "* callback {Function}\n\n* delay {number}"
    text = (f"# Timers\n\n## setInterval(callback, delay)\n\n{params}\n\nRuns it again and again.\n\n"
            f"## setTimeout(callback, delay)\n\n{params}\n\nRuns it once.")
    doc = clean_pages([(None, text)], markdown=True, keep_repeats=True)
    assert doc.text.count("* delay {number}") == 2
    assert clean_pages([(None, text)], markdown=True).text.count("* delay {number}") == 1   # scraped: a repeat


def test_a_sentence_that_starts_like_an_index_row_is_text():
    """The pattern for an index's row of letters ("Jump to: | A B C D") had matched any paragraph that starts
    "Jump to": Newsboat's "Jump to the next unread article." was dropped as boilerplate."""
    doc = clean_pages([(None, "# Keys\n\nOperation: next-unread Default key: n\n\nJump to the next unread article."
                              "\n\nJump to: | A B C D")], markdown=True)
    assert "Jump to the next unread article." in doc.text
    assert "A B C D" not in doc.text


def test_an_faqs_numbered_question_of_two_sentences_heads_its_answer():
    text = ("5 upsc, upsstats, and the other clients say access denied. The device communication port (serial, USB "
            "or network) permissions are fine, so what gives?\n\nIn this case, access denied means the access to "
            "upsd, not the device communication port.\n\n6 Which UPS should I buy?\n\nOne with a money-back "
            "guarantee.\n")
    doc = clean_pages([(1, text)])
    headings = {s.heading: doc.text[s.start:s.end] for s in doc.sections}
    assert headings["5 upsc, upsstats, and the other clients say access denied. The device communication port "
                    "(serial, USB or network) permissions are fine, so what gives?"].startswith("In this case")
    assert "so what gives?" not in doc.text
