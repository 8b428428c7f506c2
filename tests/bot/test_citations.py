from hypothesis import given
from hypothesis import strategies as st

from bot.citations import check_citations, find_support, parse_markers
from bot.sentences import split_sentences
from tests.bot.fixtures import passage

P1 = passage(1, "China is engaged in discussions about the ethics of AI. This is an opportunity for Europe.")
P2 = passage(2, "Regulatory sandboxes and innovation testbeds could foster rapid AI innovation.")


def test_marker_forms_expand_to_passage_numbers():
    assert parse_markers("1") == [1]
    assert parse_markers("1, 3") == [1, 3]
    assert parse_markers("2-4") == [2, 3, 4]
    assert parse_markers("2\u20133; 2") == [2, 3]
    assert len(parse_markers("1-999")) == 1   # an absurd range is not expanded


def test_citation_to_a_passage_that_does_not_exist_is_removed():
    checked = check_citations("China discusses the ethics of AI [1][7].", [P1, P2])
    assert "[7]" not in checked.text and "[1]" in checked.text
    assert [c.n for c in checked.citations] == [1]


def test_each_citation_carries_the_exact_supporting_quote_from_its_passage():
    checked = check_citations("China is discussing the ethics of AI [1]. Sandboxes could foster innovation [2].",
                              [P1, P2])
    quotes = {c.n: c.quote for c in checked.citations}
    assert quotes[1] == "China is engaged in discussions about the ethics of AI."
    assert quotes[2] in P2.text
    assert checked.unsupported_sentences == ()


def test_a_sentence_its_passage_does_not_support_is_marked_unsupported():
    checked = check_citations("The 2018 World Cup was won by France [1].", [P1, P2])
    assert checked.citations == ()
    assert checked.unsupported_sentences == ("The 2018 World Cup was won by France.",)


def test_a_claim_without_any_citation_is_marked_unsupported_but_the_refusal_is_not():
    checked = check_citations("China leads the world in AI. The essays in this collection do not answer that question.",
                              [P1])
    assert checked.unsupported_sentences == ("China leads the world in AI.",)


def test_markers_after_the_full_stop_and_ranges_are_understood():
    checked = check_citations("Sandboxes could foster rapid AI innovation. [1-2]", [P1, P2])
    assert [c.n for c in checked.citations] == [2]   # passage 1 does not support it, passage 2 does


def test_verbatim_sentence_is_found_despite_quote_style_and_spacing():
    p = passage(1, "Policymakers need to learn from what\u2019s   happening in China.")
    quote, score = find_support("policymakers need to learn from what's happening in China", p.text)
    assert score == 1.0 and quote == "Policymakers need to learn from what\u2019s   happening in China"


@given(st.text(max_size=300))
def test_checking_never_crashes_and_never_invents_a_quote(text):
    checked = check_citations(text, [P1, P2])
    for c in checked.citations:
        assert c.quote in (P1.text if c.n == 1 else P2.text)


def test_quoted_items_without_full_stops_are_judged_one_by_one():
    # an extractive answer quotes a code line and a man page's summary line: each is verbatim in its passage
    hooks = passage(1, "To call this hook automatically upon tag creation, add:\n\nposttag=\"gbp-posttag-push\"")
    options = passage(2, "--postbuild=COMMAND\n\nExecute COMMAND after successful build.")
    text = "To call this hook automatically upon tag creation, add: [1] posttag=\"gbp-posttag-push\" [1] " \
           "Execute COMMAND after successful build. [2]"
    checked = check_citations(text, [hooks, options])
    assert [v.status for v in checked.verdicts] == ["supported"] * 3 and not checked.unsupported_sentences
    # a marker inside a sentence that goes on does not cut it
    checked = check_citations("China is engaged in discussions about the ethics of AI [1] and this is an "
                              "opportunity for Europe. [1]", [P1])
    assert len(checked.verdicts) == 1


def test_a_sentence_may_name_what_the_whole_collection_is_about_where_its_passage_says_it():
    found = [passage(1, "In the case of two defaults conflicting, the new-style configuration is chosen.")]
    answer = "When two defaults conflict, dput-ng gives precedence to the new-style configuration. [1]"
    assert check_citations(answer, found).unsupported_sentences      # "dput" is named nowhere in the passage
    about_dput = check_citations(answer, found, names_the_collection=lambda word: word.lower() == "dput")
    assert not about_dput.unsupported_sentences and about_dput.citations
    other = "When two defaults conflict, Ubuntu gives precedence to the new-style configuration. [1]"
    assert check_citations(other, found, names_the_collection=lambda word: word.lower() == "dput").unsupported_sentences


def test_a_passage_that_points_back_is_read_with_the_text_before_it():
    found = [passage(1, "This will also install the packages for DHCP, TFTP and NFS server daemons.")]
    answer = "Installing fai-quickstart also installs the packages for the DHCP, TFTP and NFS server daemons. [1]"
    assert check_citations(answer, found).unsupported_sentences       # "fai-quickstart" is named nowhere in it
    before = ["Install the package fai-quickstart on your install server."]
    assert not check_citations(answer, found, lead_ins=before).unsupported_sentences
    standing = [passage(1, "The installer also fetches the packages for DHCP, TFTP and NFS server daemons.")]
    assert check_citations(answer, standing, lead_ins=before).unsupported_sentences   # it does not point back


def test_a_numbered_title_quoted_from_a_record_is_one_supported_sentence():
    # "7." had been cut off as a sentence of its own, with no citation, and shown as unsupported
    record = passage(1, "7. Security Configurations is part of BIND 9 documentation. 7. Security Configurations "
                        "is an essay in this collection, the file chapter7.html.")
    checked = check_citations("7. Security Configurations is part of BIND 9 documentation. [1]", [record])
    assert checked.unsupported_sentences == ()
    assert [v.status for v in checked.verdicts] == ["supported"]


def test_a_numbered_item_quoted_after_another_passage_is_one_supported_sentence():
    # pytest's monkeypatch guide: "[1] 1. Modifying the behavior ..." had its "1." cut off, after the marker of
    # the sentence before, and shown as an unsupported sentence of its own
    first = passage(1, "Some tests need code that cannot be easily tested.")
    steps = passage(2, "1. Modifying the behavior of a function for a test.\n\n2. Removing an attribute for a test.")
    checked = check_citations("Some tests need code that cannot be easily tested. [1] 1. Modifying the behavior of a "
                              "function for a test. [2]", [first, steps])
    assert checked.unsupported_sentences == ()
    assert [v.status for v in checked.verdicts] == ["supported", "supported"]


def test_numbered_items_after_a_lead_in_each_open_their_own_supported_sentence():
    # attrs' overview: "All attrs does is: [1] 1. Take your declaration, [1] 2. ..." had its "1." split off with
    # the lead-in's marker and shown as an unsupported sentence
    steps = passage(1, "All the tool does is:\n\n1. Read your file,\n\n2. write the report,\n\n3. and mail it.")
    checked = check_citations("All the tool does is: [1] 1. Read your file, [1] 2. write the report, [1] 3. and mail "
                              "it. [1]", [steps])
    assert checked.unsupported_sentences == ()
    assert len(checked.verdicts) == 4 and {v.status for v in checked.verdicts} == {"supported"}


def test_et_al_before_its_year_ends_no_sentence():
    """Claim set 46: "... in the sense of Becker et al. (1988) ..." was cut after "al.", and its first half,
    with no citation of its own, was marked as citing no passage."""
    mode = passage(1, "Finally, the function storage.mode returns the storage mode of its argument in the sense of "
                      "Becker et al. (1988). It is generally used when calling functions written in another language.")
    assert len(split_sentences(mode.text)) == 2
    checked = check_citations("storage.mode returns the storage mode of its argument in the sense of Becker et al. "
                              "(1988). [1]", [mode])
    assert [v.status for v in checked.verdicts] == ["supported"]
    # a sentence that ends on "et al." still ends there
    assert [s.text for s in split_sentences("It was written by Smith et al. The next one opens.")] == [
        "It was written by Smith et al.", "The next one opens."]
    # nor does "e.g." before what it introduces ("(e.g. NFS or Lustre)")
    assert [s.text for s in split_sentences("Put them in a global file system (e.g. NFS or Lustre). Then run.")] == [
        "Put them in a global file system (e.g. NFS or Lustre).", "Then run."]
    # written without its inner dot, nor does "eg." (irssi's FAQ: "(eg. TERM=xterm-256color irssi)"); nor "vs."
    assert [s.text for s in split_sentences("Set TERM to one with colours (eg. TERM=xterm irssi). Then run.")] == [
        "Set TERM to one with colours (eg. TERM=xterm irssi).", "Then run."]
    assert [s.text for s in split_sentences("It compares Linux vs. Windows. Then run.")] == [
        "It compares Linux vs. Windows.", "Then run."]


def test_a_dot_after_a_space_is_named_and_ends_no_sentence():
    """GnuCash's Help manual: "... - (Dash) or . (Period), or any Unicode character ..." was cut after "or .", and
    the answer to "Which other characters can I choose?" began at "(Period)"."""
    text = ("The default is a : (Colon), but you can also select / (Slash), - (Dash) or . (Period), or any Unicode "
            "character that isn't a letter or a number. The change applies at once.")
    assert [s.text for s in split_sentences(text)] == [
        "The default is a : (Colon), but you can also select / (Slash), - (Dash) or . (Period), or any Unicode "
        "character that isn't a letter or a number.", "The change applies at once."]


def test_an_abbreviation_before_its_number_ends_no_sentence():
    """"Jan. 1, 2005" was cut after "Jan.": the quoted date ran into the next sentence, and the answer to "which
    transactions will it look at?" ended at "through Dec."."""
    budget = passage(1, "If you select Jan. 1, 2005, GnuCash will look at all the transactions from Jan. 1, 2005 "
                        "through Dec. 31, 2005. See Fig. 3 for the dialog. The budget closed in Dec. The next one opens.")
    assert [s.text for s in split_sentences(budget.text)] == [
        "If you select Jan. 1, 2005, GnuCash will look at all the transactions from Jan. 1, 2005 through Dec. 31, "
        "2005.", "See Fig. 3 for the dialog.", "The budget closed in Dec.", "The next one opens."]
    checked = check_citations("If you select Jan. 1, 2005, GnuCash will look at all the transactions from Jan. 1, "
                              "2005 through Dec. 31, 2005. [1]", [budget])
    assert [v.status for v in checked.verdicts] == ["supported"]


def test_a_list_written_in_code_is_no_citation_marker():
    """Claim set 63: "... unifications as in [X,Y]=[0,1] should be processed ..., a change scheduled for the next
    release. [1]" was cut at "[0,1]", read as citing passages 0 and 1, and its first half was found word for
    word: the invented second half was never judged."""
    hook = passage(1, "Simultaneous unifications as in [X,Y]=[0,1] should be processed one after the other by "
                      "the engine, or a more general hook should be provided in the future.")
    checked = check_citations("Simultaneous unifications as in [X,Y]=[0,1] should be processed one after the other "
                              "by the engine, a change planned for version 10. [1]", [hook])
    assert len(checked.verdicts) == 1 and checked.verdicts[0].status != "supported"
    assert "[X,Y]=[0,1]" in checked.text


def test_a_line_typed_at_a_prompt_is_one_sentence_whatever_dots_its_strings_hold():
    """Mutagen's guide: '>>> m = ID3("08. Firestarter.mp3")' was cut after "08.", and 'Firestarter.mp3")' was
    quoted as an answer's sentence."""
    text = ('Load the tag first.\n\n>>> tags = Tags.open("03. Intro. Live.ogg")\n... print(tags)\n\n'
            "This prints them. Then it stops.")
    assert [s.text for s in split_sentences(text)] == [
        "Load the tag first.", '>>> tags = Tags.open("03. Intro. Live.ogg")', "... print(tags)",
        "This prints them.", "Then it stops."]
