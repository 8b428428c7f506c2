from ingest.clean import clean_pages
from ingest.pdf_text import pdf_pages_text

BODY = ("Apt-Cacher NG is a caching proxy for software packages which are downloaded by\n"
        "Unix/Linux system distribution mechanisms from mirror servers accessible via HTTP.\n"
        "This manual provides an overview of its features and a walk through the conﬁgu-\n"
        "ration steps for server administrators and users of the proxy, and of what to do\n"
        "when it fails.\n"
        "4.1 Vocabulary\n"
        "A backend is a list of mirrors that serve the same ﬁles, tried one after another\n"
        "until one of them answers the request that the client sent to the caching proxy.\n")


def page(n: int) -> str:
    """A page of the manual: its running title, its own text (each page says something else), its number."""
    return f"Apt-Cacher-NG User Manual {n}\n" + BODY.replace("proxy", f"proxy number {n}") + f"{n} / 12"


def test_running_headers_and_page_numbers_are_left_off_and_words_are_whole():
    pages = pdf_pages_text([page(n) for n in range(1, 5)])
    later = pages[2]
    assert "User Manual" not in later and "/ 12" not in later
    assert "configuration steps" in later and "files" in later       # ligatures spelled out, "-\n" joined
    assert "User Manual" in pages[0]     # the first page keeps its title


def test_a_word_broken_at_one_of_its_own_hyphens_keeps_it():
    """Valgrind's manual: "--gen-" at a line's end and "suppressions=yes" on the next had become
    "--gensuppressions=yes", "--show-leak-kinds" "--showleak-kinds", "day-to-day" "day-today"."""
    text = ("When Memcheck reports errors you do not care about, use the option --gen-\n"
            "suppressions=yes to print a suppression for each of them, and run with --show-\n"
            "leak-kinds=all to see every kind of leak in the report for your day-to-\n"
            "day use of the tool; for every other entry in that file the necessary manip-\n"
            "ulation of the entries in the suppressions file is then done by hand as needed.\n")
    joined = pdf_pages_text([text])[0]
    assert "--gen-suppressions=yes" in joined and "--show-leak-kinds=all" in joined
    assert "day-to-day use" in joined and "manipulation" in joined


def test_a_short_line_ending_in_a_broken_word_goes_on_into_the_next():
    """GnuCash's Help manual: a table cell's "Import -> Opens the Import sub-menu to im-" was short, so it ended
    its paragraph, stood as a heading, and left "port files from other financial programs." under it."""
    text = ("Menu Item Description\nNew File (Ctrl+N) Creates a new data file (starts with new accounts and data.)\n"
            "Open... (Ctrl+O) Opens an already existing GnuCash data file, wherever it has been saved.\n"
            "Import \u2192 Opens the Import sub-menu to im-\nport files from other financial programs.\n"
            "Save As... (Shift+Ctrl+S) Saves the current file under a different name or in another place.\n")
    doc = clean_pages([(1, pdf_pages_text([text])[0])])
    assert "Opens the Import sub-menu to import files from other financial programs." in doc.text
    assert not any((s.heading or "").endswith("im-") for s in doc.sections)


def test_a_code_line_docbook_wrapped_to_fit_the_page_is_one_line_again():
    """The NUT developer guide: "STRING: Dell \u2190-" / "UPS Tower 1920W HV" and "s/_PAGE/ \u2190-" / "PAGE_\\1/'"
    kept DocBook's wrap mark, and the short first halves stood apart as headings."""
    text = ("To read the MIB of the device, walk it with the tools of net-snmp and look at what it prints out:\n"
            ".system .sysDescr.0 = STRING: Dell \u2190-\nUPS Tower 1920W HV\n"
            "| sed 's/\\([A-Z_]*\\)_PAGE/ \u2190-\nPAGE_\\1/' \\\n"
            "Then write the subdriver's tables from that output, one entry for each of the variables you found.\n")
    joined = pdf_pages_text([text])[0]
    assert "STRING: Dell UPS Tower 1920W HV" in joined and "_PAGE/PAGE_\\1/'" in joined
    assert "\u2190" not in joined


def test_a_short_line_ends_its_paragraph_and_a_heading_stands_alone():
    doc = clean_pages(list(enumerate(pdf_pages_text([page(n) for n in range(1, 5)]), start=1)))
    third = [p for p in doc.text.split("\n\n") if p.startswith("A backend")]
    assert third and third[0].endswith("the caching proxy number 1.")
    assert any(s.heading == "4.1 Vocabulary" for s in doc.sections)   # not run into the sentence after it
    assert not any(p.strip().isdigit() for p in doc.text.split("\n\n"))


def test_a_table_of_contents_with_dot_leaders_and_a_lone_page_number_are_not_text():
    doc = clean_pages([(1, "Contents\n\n3.1 Server Configuration . . . . . . . . 7 3.2 Client Configuration . . . 7\n\n"
                           "7\n\nThe proxy listens on port 3142.")])
    assert doc.text == "The proxy listens on port 3142."


def test_a_pdfs_first_line_is_its_title_even_with_a_byline_after_it():
    doc = clean_pages([(1, "The debdelta suite\n\nAndrea C. G. Mennucci\n\nCopyright 2006-2011\n\n"
                           "debdelta is an application suite designed to compute changes between packages.")])
    assert doc.first_heading == "The debdelta suite"


def test_cut_here_lines_around_an_example_are_not_text():
    doc = clean_pages([(None, "The file begins with a header:\n\n---%<-------\n3 V1275660208 N25022\n---%<-------\n")])
    assert doc.text == "The file begins with a header:\n\n3 V1275660208 N25022"


def test_a_running_head_in_capitals_beside_its_page_number_is_not_text_though_it_is_seen_once():
    """LaTeX heads each page with its chapter or section in capitals; a short section's head is on one page."""
    heads = ["2.9. RUNNING BACULUM API AND WEB FOR THE FIRST TIME 31", "48 CHAPTER 3. BACULA COPYRIGHT, AND LICENSES"]
    pages = pdf_pages_text([BODY] + [f"{head}\n{BODY}" for head in heads] + ["2 GETTING STARTED\n" + BODY])
    assert "RUNNING BACULUM" not in pages[1] and "CHAPTER 3" not in pages[2]
    assert pages[3].startswith("2 GETTING STARTED")     # a heading starts with its own number: it stays


def test_latex_roman_font_glyphs_for_angle_brackets_and_bars_read_as_typed():
    """LaTeX's roman font prints "<", ">" and "|" typed in text as "¡", "¿" and an em dash; a command's syntax
    reads as typed, while prose em dashes and Spanish punctuation stay."""
    lines = ["setbandwidth limit=¡nb¿ [ jobid=¡id¿ — client=¡cli¿ ]",
             "prune files—jobs—volume—stats client=<client-name>",
             "Alexandre Baron ¡balexfr at users dot sourceforge dot net¿ wrote it.",
             "The backup—which runs nightly—is fast. ¡Hola! ¿Qué tal?"]
    page = pdf_pages_text(["\n".join(lines)])[0]
    assert "setbandwidth limit=<nb> [ jobid=<id> | client=<cli> ]" in page
    assert "prune files|jobs|volume|stats" in page
    assert "Alexandre Baron <balexfr at users dot sourceforge dot net> wrote it." in page
    assert "The backup—which runs nightly—is fast. ¡Hola! ¿Qué tal?" in page


def test_a_configuration_shown_again_after_a_change_keeps_its_lines_and_no_line_of_it_is_a_heading():
    """Bacula's guide shows a Storage resource, then the same resource with one line changed: the second
    copy's unchanged lines had been dropped as a repeated block, and "Address = localhost" made a heading."""
    block = "Storage {\nName = File\nAddress = ADDRESS\nSDPort = 9103\nPassword = storage_password\n}\n"
    text = ("The Storage resource normally looks something like the following:\n" + block.replace("ADDRESS", "server")
            + "Notice that this is running on the server machine, and it points back to the daemon. We modify "
              "this to be:\n" + block.replace("ADDRESS", "localhost")
            + "This causes the File daemon to send the data to the stunnel running on localhost.")
    doc = clean_pages(list(enumerate(pdf_pages_text([BODY, text]), start=1)))
    assert doc.text.count("SDPort = 9103") == 2 and doc.text.count("Name = File") == 2
    assert "Address = localhost\n\nSDPort = 9103" in doc.text
    assert not any(s.heading and "=" in s.heading for s in doc.sections)


def test_a_table_of_contents_without_dot_leaders_over_two_pages_is_not_text():
    contents = ("Contents\n"
                "1 I just upgraded, and . . . 1\n"
                "2 My UPS driver now says it's broken, and won't start. What now? 1\n"
                "3 My favorite UPS driver disappeared after an upgrade. What now? 2\n")
    more = ("4 My UPS driver program won't work. I'm starting it as root, and root owns the device, so what's the\n"
            "problem? 2\n"
            "5 Which UPS should I buy? 3\n"
            "6 What's this about data stale? 3\n")
    body = ("1 I just upgraded, and . . .\n"
            "You have read UPGRADING in the base directory of the distribution, right? If not, go read it now.\n"
            "2 My UPS driver now says it's broken, and won't start. What now?\n"
            "Drivers are occasionally removed from the tree if they are no longer receiving maintenance, or\n"
            "renamed to better reflect their hardware support scope, and 10 of them went in release 2.8.0 2\n")
    pages = pdf_pages_text(["The NUT FAQ\n", contents, more, body])
    assert pages[1].strip() == "" and pages[2].strip() == ""
    assert "Which UPS should I buy" not in "".join(pages)
    assert "You have read UPGRADING" in pages[3] and "10 of them went in release" in pages[3]


def test_a_heading_wrapped_after_a_word_no_sentence_ends_with_is_one_paragraph():
    lines = ("The hardest part of any driver is decoding the protocol, and that's already been done in the old one.\n"
             "4 My UPS driver program won't work. I'm starting it as root, and root owns the\n"
             "device, so what's the problem?\n"
             "The drivers drop root privileges long before the serial port is opened. You will need to change the permissions on\n"
             "that port so that their new user id can access it. Normally this is nobody, but it may be changed at compile-time by\n"
             "using configure with a user of your choice for that very job, and the drivers will then run as that user instead.\n"
             "Read the error message. If you have a permissions mismatch, then you will see something like the lines below here.\n")
    text = pdf_pages_text([lines])[0]
    assert "old one.\n\n4 My UPS driver" in text                       # a paragraph of its own
    assert "root owns the\ndevice, so what's the problem?" in text   # one paragraph: no blank line inside
    assert "\n\n" in text.split("problem?")[1][:3]   # the heading still ends its own paragraph
