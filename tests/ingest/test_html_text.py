"""HTML pages to text: nothing of the article lost, headings kept, no Markdown marks in the words."""
from bot.base.records import DocumentMeta, record_text
from bot.sentences import split_sentences
from ingest.clean import byline, clean_pages
from ingest.html_text import block_text, html_text, plain_markdown

PARAGRAPH = ("The Debian Project is a worldwide group of volunteers who endeavor to produce an operating "
             "system distribution that is composed entirely of free software, and {n}.")


def docbook_chapter() -> str:
    """The shape of a DocBook chapter (the Debian history pages): navigation, a table of contents, and
    sibling sections whose headings sit in title-page divs."""
    def section(n: int, title: str, paragraphs: int) -> str:
        body = "".join(f"<p>{PARAGRAPH.format(n=f'section {n} paragraph {i}')}</p>" for i in range(paragraphs))
        return (f'<div class="section"><div class="titlepage"><div><div><h2 class="title">'
                f'<a id="s{n}"/>1.{n}. {title}</h2></div></div></div>{body}</div>')

    return ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
            '<title>Chapter 1. Introduction</title></head><body>'
            '<div class="navheader"><table><tr><td><a href="index.html">Prev</a></td></tr></table></div>'
            '<div class="chapter"><div class="titlepage"><h1 class="title">Chapter 1. Introduction</h1></div>'
            '<div class="toc"><p><b>Table of Contents</b></p><dl class="toc"><dt>1.1. In the Beginning</dt>'
            '<dt>1.2. Pronouncing Debian</dt></dl></div>'
            f'<p>{PARAGRAPH.format(n="the opening")}</p>'
            + section(1, "In the Beginning", 4)
            + '<div class="section"><div class="titlepage"><div><div><h2 class="title">1.2. Pronouncing Debian'
              "</h2></div></div></div><p>The official pronunciation of Debian is 'deb ee n'. The name comes from "
              "the names of the creator of Debian, Ian Murdock, and his wife, Debra.</p></div>"
            + '</div><div class="navfooter"><a href="leaders.html">Next</a> Chapter 2. Leadership</div>'
            '</body></html>')


def test_a_docbook_chapter_keeps_every_section_with_its_heading_and_no_navigation():
    page = html_text(docbook_chapter())
    doc = clean_pages([(None, page.text)], markdown=True)
    assert "his wife, Debra." in doc.text          # the last section, which main-content extraction dropped
    assert PARAGRAPH.format(n="the opening") in doc.text
    headings = {s.heading for s in doc.sections}
    assert {"1.1. In the Beginning", "1.2. Pronouncing Debian"} <= headings
    assert "Prev" not in doc.text and "Next" not in doc.text and "Table of Contents" not in doc.text
    assert page.title == "Chapter 1. Introduction"


def test_inline_emphasis_and_code_marks_do_not_reach_the_text():
    html = ("<html><head><title>Packages</title></head><body><article><h1>Packages</h1>"
            + "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
            + "<p>After several revised file formats, the <strong>ar</strong> format was adopted, and the "
              "<em>DebConf</em> meeting used <code>dpkg-deb</code> to build the archive for everyone.</p>"
            + "</article></body></html>")
    text = html_text(html).text
    assert "the ar format was adopted" in text
    assert "the DebConf meeting used dpkg-deb to build" in text
    assert "*" not in text and "`" not in text


def test_declared_author_and_date_come_from_the_page_and_a_guess_never_does():
    body = "".join(f"<p>{PARAGRAPH.format(n=i)} It happened on 21 April 1999.</p>" for i in range(3))
    tagged = html_text(f"<html><head><title>T</title><meta name='author' content='Jane Roe; John Doe'>"
                       f"<meta name='date' content='2021-08-14'></head><body><article>{body}</article></body></html>")
    assert tagged.authors == ("Jane Roe", "John Doe") and tagged.date == "2021-08-14"
    untagged = html_text(f"<html><head><title>T</title></head><body><article>{body}</article></body></html>")
    assert untagged.authors == () and untagged.date is None     # a date in the text is not the page's date


def test_an_element_whose_class_only_contains_author_names_no_author():
    # trafilatura takes any element whose class or id holds "author": a reference page's link to
    # "SessionGuard.unauthorized_callback" made "Unauthorized" the author of Flask-Login's manual
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    linked = ("<p>See <a class='reference' href='#guard.unauthorized_callback' "
              "title='guard.unauthorized_callback'><span class='unauthorized-link'>Unauthorized</span></a>.</p>")
    page = html_text(f"<html><head><title>T</title></head><body><article>{body}{linked}</article></body></html>")
    assert page.authors == ()
    signed = html_text(f"<html><head><title>T</title></head><body><article><p class='author'>Jane Roe</p>{body}"
                       f"</article></body></html>")
    assert signed.authors == ("Jane Roe",)


def test_a_date_labelled_in_a_byline_element_names_no_author():
    """OpenStack's pages (castellan, bashate): "updated: 2022-09-22 20:06" in an element of class "docs-byline"
    made "Updated" the author of every page, and every citation said so."""
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    page = html_text(f"<html><head><title>T</title></head><body><div class='row docs-byline'><div "
                     f"class='docs-updated'>updated: 2022-09-22 20:06</div></div><article>{body}</article></body></html>")
    assert page.authors == ()
    signed = html_text(f"<html><head><title>T</title></head><body><div class='docs-byline'>Jane Roe</div><article>"
                       f"{body}</article></body></html>")
    assert signed.authors == ("Jane Roe",)


def test_an_author_section_names_its_author_without_its_heading():
    """Sphinx writes a README's "Author" section as <section id="author">: the element is named for its author,
    and its text, heading and all, had made "Author Jane Roe" the page's author."""
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    page = html_text(f"<html><head><title>T</title></head><body><article>{body}<section id='author'><h2>Author</h2>"
                     f"<p>Jane Roe &lt;<a href='mailto:jane@example.org'>jane@example.org</a>&gt;</p></section>"
                     f"</article></body></html>")
    assert page.authors == ("Jane Roe",)


def test_a_byline_names_the_authors_and_a_sentence_starting_with_by_does_not():
    assert byline(["Written by Ian A. Murdock, Revised 01/06/94"]) == (("Ian A. Murdock",), None)
    assert byline(["By Jane Roe and John Doe"]) == (("Jane Roe", "John Doe"), None)
    assert byline(["By the end of 1995 there were sixty developers."]) == ((), None)


def test_a_dated_byline_gives_the_authors_and_the_date():
    assert byline(["Written by Rainer Gerhards (2008-01-31)"]) == (("Rainer Gerhards",), "2008-01-31")
    page = ("<html><head><title>Handling a massive syslog database insert rate</title></head><body>"
            "<h1>Handling a massive syslog database insert rate</h1><p><em>Written by</em> "
            "<a href='https://example.org'>Rainer Gerhards</a> (2008-01-31)</p><p>Abstract: a long text.</p>"
            "</body></html>")
    doc = clean_pages([(None, html_text(page).text)], markdown=True)
    assert doc.authors == ("Rainer Gerhards",) and doc.date == "2008-01-31"


def test_an_author_field_names_the_authors_from_the_item_after_it():
    # Sphinx writes ":Author: Bob Savage <bobsavage@mac.com>" as a field list, which reads as two items
    assert byline(["- Author:", "- Bob Savage <bobsavage@mac.com>", "Python on a Mac is ..."]) == \
        (("Bob Savage",), None)
    assert byline(["Authors:", "Jane Roe, John Doe"]) == (("Jane Roe", "John Doe"), None)
    assert byline(["Author:", "See the contributors file for everyone who helped."]) == ((), None)


def test_a_root_prompt_in_a_code_block_is_text_not_a_heading():
    page = ("<html><head><title>The Interface</title></head><body><h1>Chapter 4. The Interface</h1>"
            "<h2>4.1. Startup</h2><p>At any time these operations can be performed by running apt-get check, "
            "which reads every package file and reports what it finds.</p>"
            "<pre class='screen'># apt-get check\nReading Package Lists... Done</pre>"
            "<p>The first thing it does is read all the package files into memory, which is fast.</p></body></html>")
    doc = clean_pages([(None, html_text(page).text)], markdown=True)
    assert {s.heading for s in doc.sections} <= {"Chapter 4. The Interface", "4.1. Startup"}
    assert "# apt-get check\nReading Package Lists... Done" in doc.text
    markdown = "# Hooks\n\nWrite the hook like this:\n\n```\n# a comment, not a heading\nexit 0\n```\n\nThen install it."
    doc = clean_pages([(None, markdown)], markdown=True)
    assert {s.heading for s in doc.sections} == {"Hooks"}
    assert "# a comment, not a heading\nexit 0" in doc.text and "```" not in doc.text


def test_each_line_of_a_code_block_is_a_sentence_of_its_own():
    """WeeChat's FAQ shows two commands in one <pre>: joined, a quote read "/set a ... /set b ..." as one."""
    page = ("<html><body><h2>How can I use SASL?</h2><p>Set the user name and password:</p>"
            "<pre>/set irc.server.libera.sasl_username \"mynick\"\n/set irc.server.libera.sasl_password"
            " \"xxxxxxx\"</pre><p>Then reconnect.</p></body></html>")
    markdown = "# SASL\n\nSet them:\n\n```\n/set sasl_username \"mynick\"\n/set sasl_password \"xxx\"\n```\n"
    for text in (html_text(page).text, markdown):
        doc = clean_pages([(None, text)], markdown=True)
        commands = [s.text for s in split_sentences(doc.text) if s.text.startswith("/set")]
        assert len(commands) == 2 and all(c.count("/set") == 1 for c in commands), commands


def test_a_list_whose_items_main_content_extraction_dropped_is_read_block_by_block():
    # the live manual's shape: each paragraph and list in its own div with a numbered label; trafilatura
    # kept the prose and dropped every list item, each too short to count as prose
    def block(n: int, inner: str) -> str:
        return f'<div class="substance"><label class="ocn"><a href="#{n}">{n}</a></label>{inner}</div>'

    items = ["Superuser (root) access", "An up-to-date version of live-build",
             "A POSIX-compliant shell, such as bash or dash", "Linux 2.6 or newer."]
    html = ("<html><head><title>Installation</title></head><body><h1>Installation</h1>"
            + block(1, "<p>Building live system images has very few system requirements:</p>")
            + "".join(block(n, f'<ul><li class="bullet">{item}</li></ul>') for n, item in enumerate(items, 2))
            + "".join(block(n, f"<p>{PARAGRAPH.format(n=n)}</p>") for n in range(6, 12))
            + '<ul class="menu"><li><a href="a.html">Previous chapter of the manual</a></li>'
              '<li><a href="b.html">Next chapter of the manual</a></li></ul></body></html>')
    text = html_text(html).text
    assert all(item in text for item in items)
    assert "\n\n2\n\n" not in text and not text.startswith("1\n")    # paragraph labels are no content
    assert "Next chapter" not in text                                   # a menu of links is not content


def test_a_section_named_after_its_heading_is_content_even_when_the_name_sounds_like_navigation():
    # Sphinx names each section after its heading; "share", "related", "menu" then say what it is about.
    # Both readers dropped the Python FAQ's "How do I share global variables across modules?" whole
    def section(slug: str, heading: str, paragraph: str) -> str:
        return f'<section id="{slug}"><h3>{heading}</h3><p>{paragraph}</p></section>'

    html = ("<html><head><title>Programming FAQ</title></head><body>"
            '<div class="share-buttons"><p>Share this page on any of the social networks you use every day</p></div>'
            + section("why-are-default-values-shared", "Why are default values shared between objects?",
                      PARAGRAPH.format(n="defaults are created once"))
            + section("how-do-i-share-global-variables-across-modules",
                      "How do I share global variables across modules?",
                      "The canonical way to share information across modules within a single program is "
                      "to create a special module (often called config or cfg).")
            + section("related-documents", "Related documents", PARAGRAPH.format(n="see the other manuals"))
            + "</body></html>")
    text = html_text(html).text
    assert "to create a special module (often called config or cfg)." in text
    assert "How do I share global variables across modules?" in text
    assert "see the other manuals" in text
    assert "social networks" not in text     # a block named for sharing, with no heading of its own, is not


def test_a_page_framed_by_a_theme_named_for_navigation_is_read_and_its_sidebar_is_not():
    # Read the Docs' theme: <body class="wy-body-for-nav">, the menu in "wy-nav-side", the page in
    # "wy-nav-content". Read as navigation, the BIND 9 manual had no blocks to check trafilatura's output
    # against, and trafilatura had dropped its "Authoritative Name Servers" section whole
    html = ('<html><head><title>Configurations</title></head><body class="wy-body-for-nav">'
            '<div class="wy-nav-side"><ul><li><a href="a.html">Introduction to DNS and BIND 9</a></li>'
            '<li><a href="b.html">Resource Requirements</a></li></ul><p>Search the docs for any word</p></div>'
            '<section class="wy-nav-content-wrap"><div class="wy-nav-content"><div role="main" class="document">'
            "<h1>3. Configurations and Zone Files</h1>"
            '<section id="authoritative-name-servers"><h2>3.2. Authoritative Name Servers</h2>'
            "<p>These provide authoritative answers to user queries for the zones they support, for instance "
            "the zone data describing the domain name example.com.</p></section>"
            "</div></div></section></body></html>")
    blocks = block_text(html)
    assert "These provide authoritative answers to user queries" in blocks
    assert "## 3.2. Authoritative Name Servers" in blocks
    assert "Search the docs" not in blocks      # the sidebar is still navigation
    assert "These provide authoritative answers to user queries" in html_text(html).text


def test_permalink_signs_after_headings_and_options_are_not_text():
    """Sphinx writes "¶" links after every heading and term; the reader sees the option, not "-O¶"."""
    def option(name: str, text: str) -> str:
        return (f'<dt class="sig sig-object std" id="cmdoption-{name}"><span class="pre">{name}</span>'
                f'<a class="headerlink" href="#cmdoption-{name}" title="Permalink to this definition">\u00b6</a>'
                f'</dt><dd><p>{text}</p></dd>')

    page = ('<html><head><meta charset="utf-8"><title>Command line</title></head><body><div class="body">'
            '<section id="options"><h2>Interface options<a class="headerlink" href="#options" '
            'title="Permalink to this heading">\u00b6</a></h2>'
            + "".join(f"<p>{PARAGRAPH.format(n=f'paragraph {i}')}</p>" for i in range(2))
            + '<dl class="std option">'
            + option("-O", "Remove assert statements and any code conditional on the value of __debug__.")
            + option("-OO", "Do -O and also discard docstrings.")
            + '</dl></section></div></body></html>')
    text = html_text(page).text
    assert "\u00b6" not in text
    assert "## Interface options\n" in text and "\n-OO\n" in text and "Do -O and also discard docstrings." in text


def test_links_hidden_from_screen_readers_after_headings_are_not_text():
    """Texinfo's HTML (FFmpeg's and R's manuals) puts "#" and "TOC" links, aria-hidden, after every heading."""
    def heading(tag: str, title: str, anchor: str) -> str:
        return (f'<{tag} class="section">{title}<span class="pull-right"><a class="anchor hidden-xs" '
                f'href="#{anchor}" aria-hidden="true">#</a> <a class="anchor hidden-xs"href="#toc-{anchor}" '
                f'aria-hidden="true">TOC</a></span></{tag}>')

    page = ('<html><head><meta charset="utf-8"><title>FFmpeg FAQ</title></head><body>'
            + heading("h2", "1 General Questions", "General")
            + heading("h3", "1.1 Why doesn&rsquo;t FFmpeg support feature [xyz]?", "Why")
            + "".join(f"<p>{PARAGRAPH.format(n=f'paragraph {i}')}</p>" for i in range(2))
            + '<p>See the <a href="#Why" aria-hidden="false">answer above</a> for details.</p></body></html>')
    text = html_text(page).text
    assert "TOC" not in text
    assert "## 1 General Questions\n" in text and "### 1.1 Why doesn\u2019t FFmpeg support feature [xyz]?\n" in text
    assert "See the answer above for details." in text      # a link meant for readers stays


def test_a_footnote_aside_is_text_and_a_sidebar_aside_is_not():
    """Sphinx writes footnotes as <aside class="footnote" role="note">; a site's sidebar is an aside too."""
    page = ('<html><head><meta charset="utf-8"><title>Expressions</title></head><body>'
            '<aside class="sidebar-menu"><p>Previous topic: Data model, and the next topic, Statements.</p></aside>'
            '<div class="body"><h1>Expressions</h1>'
            + "".join(f"<p>{PARAGRAPH.format(n=f'paragraph {i}')}</p>" for i in range(3))
            + '<aside class="footnote-list brackets"><aside class="footnote brackets" id="id19" role="note">'
            '<span class="label">3</span><p>The comparison operators on strings compare at the level of Unicode '
            'code points. This may be counter-intuitive to humans.</p></aside></aside></div></body></html>')
    text = html_text(page).text
    assert "compare at the level of Unicode code points" in text
    assert "Previous topic" not in text


def test_a_timestamp_in_an_example_is_not_the_page_date_and_a_labelled_or_named_date_is():
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    example = "<pre>Archive name: Monday\nTime (start): Sat, 2016-02-27 14:48:13\nDuration: 0.88 seconds</pre>"
    page = "<html><head><title>T</title></head><body><article>{}</article>{}</body></html>"
    assert html_text(page.format(body + example, "")).date is None
    footer = "<div id='footer'><div id='footer-text'>Last updated\n 2024-05-31 00:35:55 UTC</div></div>"
    assert html_text(page.format(body, footer)).date == "2024-05-31"
    revision = "<p>Version 6.0 <span id='revdate'>18 Sep 2019</span></p>"
    assert html_text(page.format(revision + body, "")).date == "2019-09-18"


def test_a_table_row_reads_as_one_line_so_a_code_keeps_its_meaning():
    table = ("<table><thead><tr><th><p>Return code</p></th><th><p>Meaning</p></th></tr></thead><tbody>"
             "<tr><td><p>0</p></td><td><p>success (logged as INFO)</p></td></tr>"
             "<tr><td><p>1</p></td><td><p>warning (operation reached its normal end)</p></td></tr></tbody></table>")
    text = block_text(f"<html><body><h1>Return codes</h1><p>Borg can exit with these codes:</p>{table}</body></html>")
    assert "0 | success (logged as INFO)" in text.split("\n\n")
    assert "1 | warning (operation reached its normal end)" in text


def test_a_table_row_whose_first_cell_is_a_hash_sign_is_a_row_not_a_heading():
    """Newsboat's filter operators: the row of "#" read as a Markdown heading, and the rows and the table after
    it stood under that heading."""
    rows = "".join(f"<tr><td><p>{op}</p></td><td><p>{meaning}</p></td></tr>" for op, meaning in (
        ("=~", "matches regular expression"), ("#", "contains; this operator matches if a word is in a list"),
        ("!#", "contains not; the negation of the # operator")))
    page = html_text(f"<html><body><h1>Filter language</h1><p>{PARAGRAPH.format(n=1)}</p>"
                     f"<table><tbody>{rows}</tbody></table><p>{PARAGRAPH.format(n=2)}</p></body></html>")
    doc = clean_pages([(None, page.text)], markdown=page.markdown)
    assert [s.heading for s in doc.sections] == ["Filter language"]
    assert "# | contains; this operator matches if a word is in a list" in doc.text.split("\n\n")


def test_a_list_of_in_page_links_a_sentence_introduces_is_content_not_contents():
    """CMake's manual names its two package registries in a list of links to their sections, after "...:"; read
    as a table of contents, the list was dropped and the sentence left hanging."""
    links = "".join(f'<li><p><a href="#{name.lower().replace(" ", "-")}">{name}</a></p></li>'
                    for name in ("User Package Registry", "System Package Registry"))
    contents = "".join(f'<li><a href="#s{i}">Section {i}</a></li>' for i in range(3))
    text = block_text(f"<html><body><h1>Package Registry</h1><ul>{contents}</ul><p>{PARAGRAPH.format(n=1)}</p>"
                      f"<p>CMake provides two central locations to register packages:</p><ul>{links}</ul>"
                      f"<p>{PARAGRAPH.format(n=2)}</p></body></html>")
    assert "User Package Registry" in text and "System Package Registry" in text
    assert "Section 1" not in text
    # a list the sentence says is the page's contents is its contents (Postfix's READMEs)
    text = block_text(f"<html><body><h1>Backscatter</h1><p>Topics covered in this document:</p><ul>{contents}</ul>"
                      f"<p>{PARAGRAPH.format(n=1)}</p></body></html>")
    assert "Section 1" not in text


def test_an_entry_anchored_by_a_name_that_sounds_like_a_widget_is_kept():
    """Newsboat's reference anchors each setting's block at its name (id="cookie-cache", id="feedhq-flag-share")
    and links the name to it; trafilatura drops elements whose id says "cookie" or "share" as consent banners
    and share buttons (and so did the block reader), so those settings lost their syntax lines."""
    def entry(name: str, says: str) -> str:
        return (f'<hr><div id="{name}" class="sidebarblock"><div class="content"><p><strong>Syntax:</strong> '
                f'<a href="#{name}">{name}</a> &lt;path&gt;<br><strong>Default:</strong> n/a</p></div></div>'
                f"<p>{says} {PARAGRAPH.format(n=len(name))}</p>")
    entries = "".join(entry(name, says) for name, says in (
        ("cache-file", "This configuration option sets the cache file."),
        ("cookie-cache", "Set a cookie cache, read from and written to this file."),
        ("feedhq-flag-share", "Articles flagged with this flag are shared in FeedHQ."),
        ("history-limit", "Defines the maximum number of entries of commandline resp. search history.")))
    page = html_text(f"<html><body><h1>Configuration Commands</h1><p>{PARAGRAPH.format(n=0)}</p>{entries}"
                     "</body></html>")
    for name in ("cache-file", "cookie-cache", "feedhq-flag-share"):
        assert f"Syntax: {name} <path>" in page.text


def test_a_page_whose_code_span_trafilatura_writes_as_a_fence_after_prose_is_read_block_by_block():
    """FRR's VRRP chapter: trafilatura wrote a code span holding a line break as a fence opened after prose
    ("use the ```", "vrrp (1-255)", "shutdown", "```"); its closing mark then opened a block, and every block and
    heading after it was read the wrong way round (the rest of the chapter code, its headings lost)."""
    def prose(start: int) -> str:
        return "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(start, start + 25))
    page = html_text(
        f"<html><body><article><h1>VRRP</h1>{prose(0)}<p>If you do not want this behavior, use the <code>"
        '<span class="pre">vrrp</span> <span class="pre">(1-255)</span>\n<span class="pre">shutdown</span></code> '
        "command, and apply the <code>no</code> form when you are ready.</p><p>Then show vrrp displays:</p><pre>"
        f"ubuntu# show vrrp\n Virtual Router ID   5</pre><h2>Global Configuration</h2>{prose(100)}"
        f"<pre>vrrp autoconfigure</pre><h2>Troubleshooting</h2>{prose(200)}</article></body></html>")
    doc = clean_pages([(None, page.text)], markdown=page.markdown)
    assert [s.heading for s in doc.sections] == ["VRRP", "Global Configuration", "Troubleshooting"]
    assert "use the vrrp (1-255) shutdown command, and apply the no form" in doc.text
    assert "```" not in doc.text


def test_a_title_that_joins_page_and_site_gives_the_page_its_own_title_and_names_the_site():
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))

    def page(title: str, heading: str, head: str = "") -> str:
        return (f"<html><head><title>{title}</title>{head}</head><body><article><h1>{heading}"
                f'<a class="headerlink" href="#x">\u00b6</a></h1>{body}</article></body></html>')

    sphinx = html_text(page("Authors &#8212; Borg - Deduplicating Archiver 1.2.4 documentation", "Authors"))
    assert (sphinx.title, sphinx.site) == ("Authors", "Borg - Deduplicating Archiver 1.2.4 documentation")
    site_first = html_text(page("Knot DNS | Operation", "Operation"))
    assert (site_first.title, site_first.site) == ("Operation", "Knot DNS")
    declared = html_text(page("Operation - Knot", "Operation", "<meta property='og:site_name' content='Knot DNS'>"))
    assert (declared.title, declared.site) == ("Operation", "Knot DNS")
    # a title that is the heading, or one the heading is not a part of, names no site
    assert html_text(page("Chapter 1. Introduction", "Chapter 1. Introduction")).site is None
    assert html_text(page("Release notes - Debian", "What is new")).site is None


def test_a_page_whose_own_title_only_says_contents_is_titled_by_its_site():
    """pook's front page: "Contents — pook 1.1.1 documentation". Every citation of it read "Contents", and a
    question about "the pook overview page" named no title."""
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    page = html_text(f"<html><head><title>Contents &#8212; widget 2.0 documentation</title></head><body><article>"
                     f'<h1>Contents<a class="headerlink" href="#c">\u00b6</a></h1>{body}</article></body></html>')
    assert (page.title, page.site) == ("widget 2.0 documentation", "widget 2.0 documentation")
    meta = DocumentMeta(title=page.title, collection=page.site)
    assert record_text(meta, "index.html") == "widget 2.0 documentation is an essay in this collection, the file " \
                                              "index.html."   # not "... is part of widget 2.0 documentation."
    # a page's own title that says what it holds is kept
    named = html_text(f"<html><head><title>Contents of the archive &#8212; widget 2.0 documentation</title></head>"
                      f"<body><article><h1>Contents of the archive</h1>{body}</article></body></html>")
    assert named.title == "Contents of the archive"


def test_an_h1_in_the_pages_frame_names_the_site_so_the_title_comes_from_the_title_tag():
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    html = (f'<html><head><title>53. Log files</title></head><body><h1 id="header"><a href="/">Exim Internet '
            f'Mailer</a></h1><div id="content"><h2>Chapter 53 - Log files</h2>{body}</div></body></html>')
    assert html_text(html).title == "53. Log files"


def test_an_h1_linking_to_the_sites_front_page_names_the_site_and_the_pages_own_h1_its_title():
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    html = ('<html><head><title>Asynchronous support &#8212; Django 3.2.25 documentation</title></head><body>'
            '<div id="hd"><h1><a href="../index.html">Django 3.2.25 documentation</a></h1></div><div class="body">'
            f'<h1>Asynchronous support<a class="headerlink" href="#a">\u00b6</a></h1>{body}</div></body></html>')
    page = html_text(html)
    assert (page.title, page.site) == ("Asynchronous support", "Django 3.2.25 documentation")


def test_inline_html_in_a_markdown_file_is_not_text_but_a_placeholder_and_code_are():
    text = plain_markdown('## Required Information <a id="troubleshooting-info"></a>\nRun it on <hostname>.<br>\n'
                          '```\n<a id="kept"></a>\n```')
    assert text == '## Required Information \nRun it on <hostname>.\n```\n<a id="kept"></a>\n```'


def test_a_quoted_note_in_a_markdown_file_reads_as_its_own_paragraphs_without_markers():
    text = plain_markdown("> **Note**\n>\n> Do not abuse\n> this for syncing binaries.\n\nC:> cd sbin")
    assert text == "Note\n\nDo not abuse\nthis for syncing binaries.\n\nC:> cd sbin"


def test_images_and_html_comments_in_a_markdown_file_are_not_text_and_links_read_as_their_text():
    text = plain_markdown("<!-- {% if debian %} -->\nSee [the docs](a.md).\n![Setup](img/1.png)\n![Setup](img/2.png)")
    assert text == "\nSee the docs.\n\n"


def test_reference_links_their_definitions_and_underscore_emphasis_in_a_markdown_file_are_not_text():
    """Node.js's API reference: "a [net.Server][] object emits", "are called _synchronously_", and a closing
    block of "[net.Server]: net.md#class-netserver" lines the cleaner had joined into one paragraph of URLs.
    Code, in a span or a block, keeps its brackets and underscores."""
    text = plain_markdown("A [net.Server][] object and [the spec][spec] are called _synchronously_, not `a[0][1]`"
                          " or `_x_`, nor __init__.\n```js\nconst v = m[k][j];\n```\n\n[net.Server]: net.md#class"
                          "-netserver\n[spec]: https://example.org/spec \"Spec\"")
    assert text.split("\n")[0] == "A net.Server object and the spec are called synchronously, not a[0][1] or _x_, " \
        "nor __init__."
    assert "const v = m[k][j];" in text and "net.md" not in text and "example.org" not in text


def test_code_in_a_markdown_file_is_as_written_and_a_code_span_on_a_fence_line_is_no_fence():
    """Node.js's examples had lost brackets read as links ("newListeners[0]();" as "newListeners0;"), the back
    quotes of template literals and the backslashes of Windows paths; APT's "```{"jsonrpc":...}```" had opened a
    code block that never closed."""
    text = plain_markdown("Use the backward slash (`\\`).\n```js\nnewListeners[0]();\nconsole.log(`Got: ${input}`);\n"
                          "path.resolve('C:\\\\');\n```\n   ```{\"id\":0}```\n\n### Bye\n\nSee **this**.")
    assert text.split("\n")[0] == "Use the backward slash (\\)."
    assert "newListeners[0]();" in text and "console.log(`Got: ${input}`);" in text and "C:\\\\" in text
    assert "### Bye" in text and "See this." in text


def test_markdown_marks_that_span_the_lines_of_a_hard_wrapped_paragraph_are_not_text():
    """Node.js's child_process: "**Never pass unsanitized user input ... shell\nmetacharacters ...**", an
    "_It is worth noting ..._" over three lines, a list item's next line (indented) holding "[Shell
    requirements][]" and "**Default:**", and "`` ` ${name} ` ``", a code span holding a back quote."""
    text = plain_markdown("**Never pass unsanitized input to this function. Any input containing shell\n"
                          "metacharacters may be used.**\n\n_It is worth noting that\nan IPC channel stays open._\n\n"
                          "* `shell` {string} Shell to execute the command with. See\n"
                          "    [Shell requirements][] and [Default shell][]. **Default:** `'/bin/sh'`.\n\n"
                          "Using `` ` ${name} ` `` is permitted.\n\n    indented [code][] after a blank line\n\n"
                          "[Shell requirements]: #shell-requirements")
    assert text.split("\n\n")[:4] == [
        "Never pass unsanitized input to this function. Any input containing shell\nmetacharacters may be used.",
        "It is worth noting that\nan IPC channel stays open.",
        "* shell {string} Shell to execute the command with. See\n"
        "    Shell requirements and Default shell. Default: '/bin/sh'.",
        "Using ` ${name} ` is permitted."]
    assert "indented [code][] after a blank line" in text and "#shell-requirements" not in text


def test_apaches_permalink_class_is_not_text_either():
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    page = (f'<html><head><title>Log Files</title></head><body><div id="page-content"><h2><a name="errorlog">'
            f'Error Log</a> <a title="Permanent link" href="#errorlog" class="permalink">&para;</a></h2>{body}'
            f'</div></body></html>')
    assert "\u00b6" not in html_text(page).text and "Error Log" in html_text(page).text


def test_texinfos_index_pilcrows_and_footnote_numbers_are_not_glued_to_the_text():
    """An Introduction to R (Texinfo 6): "qqnorm(x) ¶" under each index entry, and "award-winning1 S system",
    "limited4 to about 4095 bytes" where a superscript footnote number is linked to its note."""
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    page = ('<html><head><title>An Introduction to R</title></head><body><h1>An Introduction to R</h1>'
            '<p>R is similar to the award-winning<a id="DOCF1" href="#FOOT1"><sup>1</sup></a> S system.</p>'
            "<dl><dt id='index-qqnorm'><span><code>qqnorm(x)</code><a href='#index-qqnorm' "
            "class='copiable-anchor'> &para;</a></span></dt><dd><p>Plots a numeric vector against the expected "
            f'normal order scores.</p></dd></dl>{body}<h4>Footnotes</h4><h5><a id="FOOT1" href="#DOCF1">(1)</a>'
            '</h5><p>ACM Software Systems award, 1998.</p></body></html>')
    text = html_text(page).text
    assert "award-winning S system" in text and "qqnorm(x)" in text and "\u00b6" not in text
    assert "ACM Software Systems award, 1998." in text


def test_line_numbers_of_a_sphinx_code_block_are_not_part_of_its_code():
    """CMake's Importing and Exporting Guide (:linenos:, inline) and the BIND 9 ARM's zone file: "1 include(...)"
    could not be copied as it stands; Pygments' table layout puts the numbers in a column of their own."""
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    inline = ('<div class="highlight"><pre><span></span><span class="linenos">1</span><span class="nf">include('
              '</span>targets.cmake)\n<span class="linenos">2</span>add_executable(myexe src1.c)\n</pre></div>')
    table = ('<div class="highlight"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv">'
             '<pre>1\n2</pre></div></td><td class="code"><div class="highlight"><pre>$TTL 2d\n$ORIGIN example.com.\n'
             '</pre></div></td></tr></table></div>')
    page = (f'<html><head><title>Guide</title></head><body><h1>Guide</h1>{body}<p>Line 1 imports the targets:</p>'
            f'{inline}<p>A zone file:</p>{table}</body></html>')
    lines = html_text(page).text.splitlines()
    assert "include(targets.cmake)" in lines and "add_executable(myexe src1.c)" in lines
    assert "$TTL 2d" in lines and "$ORIGIN example.com." in lines
    assert not any(line.strip() in ("1", "2", "1 2") for line in lines)


def test_breadcrumbs_language_pickers_and_menus_made_of_links_are_not_text():
    """Apache's manual names its breadcrumb <div id="path">, nothing a frame is known by: what gives it away
    is links with only separators between them (and a short label before)."""
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    languages = ('<div class="toplang"><p><span>Available Languages: </span><a href="en.html">&nbsp;en&nbsp;</a> |'
                 ' <a href="fr.html">&nbsp;fr&nbsp;</a> | <a href="ja.html">&nbsp;ja&nbsp;</a></p></div>')
    page = ('<html><head><title>Log Files</title></head><body>'
            '<div id="path"><a href="/">Apache</a> &gt; <a href="/httpd">HTTP Server</a> &gt; '
            '<a href="/docs">Documentation</a></div>'
            f'<div id="page-content"><h1>Log Files</h1>{languages}{body}'
            '<p>See <a href="a.html">mod_log_config</a> and <a href="b.html">mod_logio</a> for the formats.</p>'
            f'</div>{languages}</body></html>')
    for text in (html_text(page).text, block_text(page)):
        assert "Available Languages" not in text and "HTTP Server" not in text
        assert "See mod_log_config and mod_logio for the formats." in text     # links inside a sentence stay
        assert PARAGRAPH.format(n=2) in text


def test_a_line_break_separates_words_and_a_sites_tagline_is_its_frame():
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    page = ('<html><head><title>Write-Ahead Logging</title></head><body><div class="tagline desktoponly">Small. '
            f'Fast. Reliable.<br>Choose any three.</div><div class="content"><h1>Overview</h1>{body}'
            '<p>WAL mode is persistent.<br>It stays in effect after the connection closes.</p></div></body></html>')
    text = html_text(page).text
    assert "Choose any three" not in text
    assert "persistent. It stays" in " ".join(text.split())


def test_a_list_of_links_to_places_in_the_page_is_its_contents_and_not_text():
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    contents = "".join(f'<li><p><a href="#s{n}">{title}</a></p></li>' for n, title in
                       ((1, "Introduction"), (2, "Configuration Basics"), (3, "Using the NTP Pool")))
    related = "".join(f'<li><a href="{n}.html">{title}</a></li>' for n, title in ((1, "frozenset"), (2, "bytearray")))
    page = ('<html><head><title>Client Quick Start Guide</title></head><body><div id="content">'
            f'<h1>Client Quick Start Guide</h1><h2>Table of Contents</h2><ul>{contents}</ul><h2 id="s2">'
            f'Configuration Basics</h2>{body}<p>The built-in types:</p><ul>{related}</ul><ul><li>The '
            '<a href="#s3">pool</a> servers answer clients.</li><li>Local clocks serve nobody else.</li></ul>'
            '</div></body></html>')
    for text in (html_text(page).text, block_text(page)):
        assert "Using the NTP Pool" not in text
        assert "The pool servers answer clients." in text and "Local clocks serve nobody else." in text
        assert "Configuration Basics" in text
    assert "frozenset" in block_text(page) and "bytearray" in block_text(page)   # links to other pages may be content


def test_a_contents_box_under_the_pages_own_title_goes_with_its_label():
    """docutils' "contents topic" (CMake's guides): one entry, the page's title, its sections listed under it;
    "Contents" and "- IDE Integration Guide" had stayed as the page's first passage."""
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    sections = "".join(f'<li><p><a class="reference internal" href="#s{n}">{title}</a></p></li>' for n, title in
                       ((1, "Introduction"), (2, "Bundling"), (3, "Presets")))
    contents = ('<div class="contents topic" id="contents"><p class="topic-title">Contents</p><ul class="simple">'
                '<li><p><a class="reference internal" href="#top">IDE Integration Guide</a></p>'
                f'<ul>{sections}</ul></li></ul></div>')
    page = ('<html><head><title>IDE Integration Guide</title></head><body><div class="body" role="main">'
            f'<section id="top"><h1>IDE Integration Guide</h1>{contents}<section id="s1"><h2>Introduction</h2>'
            f'{body}<p>Contents of the build tree are described below.</p></section></section></div></body></html>')
    for text in (html_text(page).text, block_text(page)):
        lines = [line.strip() for line in text.splitlines()]
        assert "Contents" not in lines and "- IDE Integration Guide" not in lines and "- Bundling" not in lines
        assert "Contents of the build tree are described below." in text and "# IDE Integration Guide" in text


def test_a_back_of_the_book_index_and_its_letter_row_are_not_text():
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    index = ('<table><tr><th>Jump to: &nbsp; </th><td><a href="#A"><b>A</b></a> <a href="#B"><b>B</b></a></td></tr>'
             '</table><table class="index-cp"><tr><td></td><td><a href="#index-alias">alias expansion</a>:</td>'
             '<td><a href="#Aliases">Aliases</a></td></tr></table>')
    page = html_text(f"<html><body><h1>Bash Reference Manual</h1>{body}<h2>Concept Index</h2>{index}</body></html>")
    cleaned = clean_pages([(None, page.text)], markdown=True).text
    assert "alias expansion" not in cleaned and "Jump to" not in cleaned
    assert PARAGRAPH.format(n=2) in cleaned



def vim_help_page(body: str) -> str:
    """The shape of Vim's help files rendered to HTML: a heading and a link, then the whole file in one <pre>."""
    return ('<HTML><HEAD><TITLE>Vim documentation: usr_05</TITLE></HEAD><BODY><H1>Vim documentation: usr_05</H1>'
            f'<A HREF="index.html">main help file</A><HR><PRE>{body}</PRE></BODY></HTML>')


def test_a_text_document_in_one_pre_is_read_as_plain_text_with_its_paragraphs():
    body = ("*usr_05.txt*\tFor Vim version 9.0.\n\n\t\tSet your settings\n\n"
            "Vim can be tuned to work like you want it to.  This chapter shows you how to\nmake Vim start with "
            "options set to different values.\n\n" + "=" * 78 + "\n\n*05.1*\tThe <A HREF=\"#vimrc\">vimrc</A> file"
            "\n\nYou probably got tired of typing commands that you use very often.  To start\nVim with all your "
            "favorite option settings, you write them in the vimrc file.\n\n<B>\t:edit $MYVIMRC</B>\n\n"
            "Vim executes the commands in this file when it starts up.\n")
    page = html_text(vim_help_page(body))
    assert (page.method, page.markdown, page.title) == ("preformatted", False, "Vim documentation: usr_05")
    doc = clean_pages([(None, page.text)], markdown=page.markdown)
    sections = {s.heading: doc.text[s.start:s.end].split("\n\n") for s in doc.sections}
    assert sections["*05.1* The vimrc file"] == [
        "You probably got tired of typing commands that you use very often. To start Vim with all your "
        "favorite option settings, you write them in the vimrc file.",
        ":edit $MYVIMRC", "Vim executes the commands in this file when it starts up."]
    assert "Vim can be tuned to work like you want it to. This chapter shows" in doc.text


def test_a_page_of_code_in_one_pre_or_of_several_pres_under_headings_stays_blocks():
    listing = "\n".join(f"set option{i}=value{i}" for i in range(60))
    assert html_text(vim_help_page(listing)).method != "preformatted"
    prose = "Load balancing aggregates many components into one service for the user. " * 5
    guide = (f"<html><body><h1>1. Introduction</h1><pre>{prose}</pre><h1>2. Quick start</h1><pre>{prose}</pre>"
             "</body></html>")
    page = html_text(guide)
    assert page.method != "preformatted" and "# 2. Quick start" in page.text


def test_a_page_declaring_latin_1_that_is_utf_8_keeps_its_signs():
    # Vim's help pages declare ISO-8859-1 and are UTF-8; the loader has decoded them as UTF-8 already
    paragraph = "<p>The copyright sign © and the pound sign £ are typed with digraphs, as the manual shows.</p>"
    page = html_text('<html><head><meta http-equiv="Content-type" content="text/html; charset=ISO-8859-1">'
                     f"<title>Digraphs</title></head><body><h1>Digraphs</h1>{paragraph * 3}</body></html>")
    assert "sign © and the pound sign £" in page.text and "Â" not in page.text
    assert "sign © and" in block_text(f'<html><head><meta charset="iso-8859-1"></head><body>{paragraph}</body></html>')


def test_contents_with_one_remark_after_a_link_are_still_contents_and_the_back_links_are_not_text():
    # the Lynx guide: one entry of 35 reads "<a href="#Cookies">Lynx and State Management</a> (Me want
    # cookie!)", and every section ends with a "[ToC]" link back to the contents
    titles = [f"Section number {n}" for n in range(1, 11)]
    contents = "".join(f'<li><a href="#s{n}">{title}</a></li>' for n, title in enumerate(titles, start=1))
    contents += '<li><a href="#cookies">Lynx and State Management</a> (Me want cookie!)</li>'
    sections = "".join(f'<h2 id="s{n}">{title}</h2><p>{PARAGRAPH.format(n=n)}</p><p><a href="#toc">[ToC]</a></p>'
                       for n, title in enumerate(titles, start=1))
    page = html_text(f'<html><body><h1>Lynx Users Guide</h1><h2 id="toc">Table of Contents</h2><ul>{contents}</ul>'
                     f'{sections}<h2 id="cookies">Lynx and State Management</h2><p>{PARAGRAPH.format(n=0)}</p>'
                     '</body></html>')
    cleaned = clean_pages([(None, page.text)], markdown=True)
    assert "Me want cookie" not in cleaned.text and "[ToC]" not in cleaned.text
    assert "Section number 3" in {s.heading for s in cleaned.sections}
    # a list of in-page links that are mostly remarks is content
    remarks = "".join(f'<li>The <a href="#s{n}">option {n}</a> sets the timeout of the daemon in seconds</li>'
                      for n in range(1, 4))
    assert "sets the timeout of the daemon" in block_text(f"<html><body><ul>{remarks}</ul></body></html>")


def test_a_pages_defined_terms_are_kept_however_short():
    # tinc's host configuration variables: trafilatura kept each definition and dropped every term
    entries = "".join(f"<dt><span>Variable{n} = &lt;yes|no&gt; (yes)</span></dt><dd><p>{PARAGRAPH.format(n=n)}</p></dd>"
                      for n in range(5))
    page = html_text(f"<html><head><title>Host configuration variables</title></head><body><div class='chapter'>"
                     f"<h4>Host configuration variables</h4><dl>{entries}</dl></div></body></html>")
    for n in range(5):
        assert f"Variable{n} = <yes|no> (yes)" in page.text


def test_a_reference_entrys_labelled_fields_keep_their_values():
    # Privoxy's configuration reference: each option a <dl> of "Specifies:", "Type of value:", "Default value:"
    # labels; read apart, a default of "60" was a number alone (dropped) and the label a repeated line
    def option(name: str, default: str) -> str:
        return (f"<h4>{name}</h4><div class='variablelist'><dl><dt>Specifies:</dt><dd><p>How long a tag stays on."
                f"</p></dd><dt>Type of value:</dt><dd><p><tt><i>Time in seconds.</i></tt></p></dd>"
                f"<dt>Default value:</dt><dd><p>{default}</p></dd><dt>Notes:</dt><dd><p>{PARAGRAPH.format(n=1)}</p>"
                f"<p>{PARAGRAPH.format(n=2)}</p></dd></dl></div>")

    page = html_text(f"<html><head><title>The configuration file</title></head><body><div class='sect1'>"
                     f"{option('client-tag-lifetime', '60')}{option('keep-alive-timeout', '60')}"
                     f"{option('max-client-connections', '128')}</div></body></html>")
    cleaned = clean_pages([(None, page.text)], markdown=page.markdown)
    sections = {s.heading: cleaned.text[s.start:s.end] for s in cleaned.sections}
    for name, default in (("client-tag-lifetime", "60"), ("keep-alive-timeout", "60"), ("max-client-connections", "128")):
        assert f"Default value: {default}" in sections[name]
        assert "Type of value: Time in seconds." in sections[name]
    # a long definition stays apart from its label, and a label alone is still said once
    assert "Notes:\n\n" in cleaned.text and cleaned.text.count("Notes:") == 1


def test_a_value_every_entry_of_a_reference_states_is_kept_in_each():
    """Doxygen's configuration page: one heading, a <dl> of options, each ending "The default value is: YES."
    Read as repeats, every option after the first lost its default."""
    def option(name: str, default: str) -> str:
        return (f"<dt><code>{name}</code></dt><dd><p>If the {name} tag is set to YES, doxygen will do what the "
                f"tag says in every file it reads.</p><p>The default value is: <code>{default}</code>.</p></dd>")

    page = (f"<html><head><title>Configuration</title></head><body><h1>Configuration</h1>"
            f"<h2>Project related options</h2><dl>{option('REPEAT_BRIEF', 'YES')}{option('SHORT_NAMES', 'NO')}"
            f"{option('INLINE_INFO', 'YES')}</dl><p>{PARAGRAPH.format(n='after the list')}</p></body></html>")
    cleaned = clean_pages([(None, block_text(page))], markdown=True)
    entries = cleaned.text.split("If the ")[1:]
    assert [e.split(" tag")[0] for e in entries] == ["REPEAT_BRIEF", "SHORT_NAMES", "INLINE_INFO"]
    for entry, default in zip(entries, ("YES", "NO", "YES")):
        assert f"The default value is: {default}." in entry


def test_a_doxygen_code_listing_keeps_its_lines_and_its_comments_are_not_headings():
    listing = ('<div class="fragment"><div class="line"><span class="comment">## Documentation for this module.'
               '</span></div><div class="line">def func():</div><div class="line">    pass</div>'
               '<div class="line">}</div><div class="line">}</div></div>')
    page = (f"<html><body><h1>Python</h1><p>{PARAGRAPH.format(n=1)}</p>{listing}"
            f"<p>{PARAGRAPH.format(n=2)}</p></body></html>")
    cleaned = clean_pages([(None, block_text(page))], markdown=True)
    assert {s.heading for s in cleaned.sections} == {"Python"}
    assert "## Documentation for this module.\ndef func():\n    pass\n}\n}" in cleaned.text


def test_a_fence_inside_a_code_block_does_not_end_it():
    """Borg's docs show "~~~ SNIP ~~~" inside a listing, Doxygen's Markdown page shows a fence: both ended the
    block, so the next heading was read as code and a line of the listing was lost."""
    page = ("<html><body><h1>Client</h1><p>The server answers:</p><pre>~~~ SNIP ~~~\nRepository path not allowed"
            "\n~~~ SNIP ~~~</pre><p>Fenced blocks are written:</p><pre>```\nint x;\n```</pre><h2>Ansible</h2>"
            f"<p>{PARAGRAPH.format(n=1)}</p></body></html>")
    cleaned = clean_pages([(None, block_text(page))], markdown=True)
    assert [s.heading for s in cleaned.sections][-1] == "Ansible"
    assert "~~~ SNIP ~~~\nRepository path not allowed\n~~~ SNIP ~~~" in cleaned.text
    assert "```\nint x;\n```" in cleaned.text


def test_a_formula_image_reads_as_its_tex_source():
    """Doxygen draws formulas, and the LaTeX logo, as images: without their alt text "an off-line reference
    manual (in LaTeX)" read "(in )"."""
    page = ('<html><body><h1>Doxygen</h1><p>It can generate an off-line reference manual (in <img '
            'class="formulaInl" alt="{\\LaTeX}" src="form_0.png"/>) from documented sources.</p><p>The distance is '
            '<img class="formulaInl" alt="$\\sqrt{x^2+y^2}$" src="form_1.png"/> here.</p></body></html>')
    text = html_text(page).text
    assert "reference manual (in LaTeX) from documented sources." in text
    assert "The distance is $\\sqrt{x^2+y^2}$ here." in text


def test_latex2html_stand_ins_for_missing_formula_images_and_page_references_are_left_out():
    """The gnuplot manual (latex2html, its formula images never made): "set size 4#4XX5#5" read as numbers to the
    citation check (a claim on scale 1 was "contradicted" by 4, 45 and 5), "a backslash (2#2)" and "see comments
    (p. )" read as garbage."""
    page = ('<html><body><h1>Canvas size</h1><p>Commands may extend over several lines by ending each line with a '
            'backslash (<SPAN CLASS="MATH">2#2</SPAN>). Angle brackets (<SPAN CLASS="MATH">4#4</SPAN><SPAN '
            'CLASS="MATH">5#5</SPAN>) mark replaceable tokens.</p><p><B>set size <SPAN CLASS="MATH">4#4</SPAN>XX'
            '<SPAN CLASS="MATH">5#5</SPAN></B> scales the plot itself (see <B>comments (p.&nbsp;<A '
            'HREF="node35.html#comments"><IMG  ALT="[*]" SRC="crossref.png"></A>)</B>).</p></body></html>')
    text = html_text(page).text
    assert "ending each line with a backslash. Angle brackets mark replaceable tokens." in text
    assert "set size XX scales the plot itself (see comments)." in text
    assert "#" not in text.replace("# Canvas size", "")


def test_mdbook_hidden_listing_lines_and_footnote_marks_are_left_out():
    """The Rust book (mdBook): each snippet's hidden "fn main() {" wrapper (<span class="boring">) read as code
    the prose says the examples leave out, and the footnote mark <sup class="footnote-reference"> glued itself
    to its word ("hash tables1.")."""
    page = ('<html><body><main><h1>Hash Maps</h1><p>We keep track of the scores of two teams.</p><pre><pre '
            'class="playground"><code class="language-rust"><span class="boring">fn main() {\n</span>    use '
            'std::collections::HashMap;\n    let mut scores = HashMap::new();\n<span class="boring">}\n</span>'
            '</code></pre></pre><p>It provides resistance to attacks involving hash tables<sup '
            'class="footnote-reference"><a href="#siphash">1</a></sup>. This is not the fastest hashing algorithm '
            'available.</p></main></body></html>')
    text = html_text(page).text
    assert "use std::collections::HashMap;" in text and "let mut scores = HashMap::new();" in text
    assert "fn main" not in text and "}" not in text.split("HashMap::new();")[1].split("It provides")[0]
    assert "involving hash tables. This is not the fastest" in text


def test_a_table_row_keeps_its_empty_cells_and_a_cell_spanning_columns_fills_each():
    """GnuCash's storage comparison: the empty corner cell was dropped and "gnucash" (XML and SQLite) stood in
    one column, so the rows no longer lined up with the four formats. A box's icon cell beside its label is no
    column: the label reads alone."""
    page = ("<html><body><h1>Storage</h1><p>" + PARAGRAPH.format(n=1) + "</p><table>"
            "<tr><th></th><th>XML</th><th>SQLite</th><th>MySQL</th></tr>"
            '<tr><td>File extension</td><td colspan="2">gnucash</td><td>N/A</td></tr>'
            '<tr><td><img src="warning.png"></td><th>Warning</th></tr></table></body></html>')
    text = block_text(page)
    assert "| XML | SQLite | MySQL" in text
    assert "File extension | gnucash | gnucash | N/A" in text
    assert "\n\nWarning" in text and "| Warning" not in text


def test_a_code_block_keeps_the_indentation_of_its_lines():
    """Python's "    print(w)" read "print(w)", outside its loop; GnuCash's account tree lost its nesting."""
    page = ("<html><body><h1>Loops</h1><p>" + PARAGRAPH.format(n=1) + "</p><pre>  for w in words:\n"
            "      print(w)\n\n  done()</pre><p>The accounts are:</p><pre>Trading\n    CURRENCY\n        EUR"
            "</pre></body></html>")
    cleaned = clean_pages([(None, block_text(page))], markdown=True)
    assert "for w in words:\n    print(w)\ndone()" in cleaned.text
    assert "Trading\n    CURRENCY\n        EUR" in cleaned.text
    fenced = clean_pages([(None, "# Loops\n\n```\n  for w in words:\n      print(w)\n```\n")], markdown=True)
    assert "for w in words:\n    print(w)" in fenced.text


def test_a_list_item_read_block_by_block_starts_with_its_bullet():
    """As in trafilatura's Markdown, so that the steps a sentence introduces stand apart from the paragraph
    after the list; an item holding paragraphs is marked once."""
    page = ("<html><body><h1>Recovery</h1><p>This is the procedure:</p><ol><li><p>Open the file.</p></li>"
            "<li><p>Go to File.</p><p>Pick the log.</p></li></ol><p>Log replaying recovers it.</p></body></html>")
    text = block_text(page)
    assert "This is the procedure:\n\n- Open the file.\n\n- Go to File.\n\nPick the log.\n\nLog replaying" in text


def test_a_list_item_starting_with_a_mark_is_an_item_not_a_heading():
    """Sphinx's reStructuredText primer lists the heading marks: "# with overline, for parts" became a section
    heading and "- for subsections" lost its "-"."""
    page = ("<html><body><h1>Sections</h1><p>" + PARAGRAPH.format(n=1) + "</p><ul><li><p><code>#</code> with "
            "overline, for parts</p></li><li><p><code>-</code> for subsections</p></li></ul></body></html>")
    cleaned = clean_pages([(None, block_text(page))], markdown=True)
    assert [s.heading for s in cleaned.sections] == ["Sections"]
    assert "- # with overline, for parts\n\n- - for subsections" in cleaned.text


def test_a_code_block_showing_a_directive_is_kept():
    """The directive ".. toctree::" is markup to drop in a reStructuredText source, but a page's code block
    that shows it is what the reader is told to type: Sphinx's getting-started page lost both its examples."""
    page = ("<html><body><h1>Getting Started</h1><p>The toctree directive initially is empty, and looks like so:"
            "</p><pre>.. toctree::\n   :maxdepth: 2</pre><p>" + PARAGRAPH.format(n=1) + "</p></body></html>")
    cleaned = clean_pages([(None, block_text(page))], markdown=True)
    assert "looks like so:\n\n.. toctree::\n   :maxdepth: 2\n\n" in cleaned.text
    source = clean_pages([(None, "Guide\n=====\n\n.. toctree::\n   :maxdepth: 2\n\n" + PARAGRAPH.format(n=1))])
    assert "toctree" not in source.text


def test_a_sidebar_with_the_sites_logo_heading_is_still_navigation():
    """Sphinx's alabaster theme (Open vSwitch's FAQ): the sidebar, role="navigation", opens with the site's name
    as <h1 class="logo">; read as a frame holding the page, its menu of every FAQ page ("Navigation", "- Basic
    Configuration", "- Development", ...) and "Related Topics" came into each page's text."""
    html = ('<html><head><title>General</title></head><body><div class="document"><div class="body" '
            'role="main"><section id="general"><h1>General</h1><p>Q: What is Open vSwitch?</p><blockquote><p>A: '
            "Open vSwitch is a production quality open source software switch designed to be used as a vswitch in "
            "virtualized server environments.</p></blockquote></section></div></div>"
            '<div class="sphinxsidebar" role="navigation" aria-label="main navigation">'
            '<div class="sphinxsidebarwrapper"><h1 class="logo"><a href="../contents.html">Open vSwitch</a></h1>'
            '<h3>Navigation</h3><ul><li><a href="configuration.html">Basic Configuration</a></li>'
            '<li><a href="contributing.html">Development</a></li></ul>'
            '<div class="relations"><h3>Related Topics</h3><ul><li>Previous: <a href="design.html">'
            "Implementation Details</a></li></ul></div></div></div></body></html>")
    blocks = block_text(html)
    assert "Open vSwitch is a production quality open source software switch" in blocks
    assert "Navigation" not in blocks and "Basic Configuration" not in blocks and "Related Topics" not in blocks


def test_a_title_joined_to_the_name_in_the_frames_heading_is_the_pages_own_before_it():
    """The Rust book (mdBook): the only h1 is the book's name in the menu bar, and each <title> is "What is
    Ownership? - The Rust Programming Language"; every chapter's citations carried the book's name too."""
    html = ('<html><head><title>What is Ownership? - The Rust Programming Language</title></head><body>'
            '<div id="menu-bar" class="menu-bar sticky bordered"><h1 class="menu-title">The Rust Programming '
            'Language</h1></div><main><h2 id="what-is-ownership">What Is Ownership?</h2><p>Ownership is a set of '
            'rules that governs how a Rust program manages memory.</p></main></body></html>')
    page = html_text(html)
    assert (page.title, page.site) == ("What is Ownership?", "The Rust Programming Language")



def test_a_heading_holding_the_sites_logo_names_the_site_not_the_page():
    """Logbook's pages open with "<h1><img ...>Logbook</h1>" before their own h1, under "<title>Quickstart — Logbook
    </title>": every page was titled "Logbook", and "Quickstart" taken for the site."""
    html = ('<html><head><title>Quickstart &#8212; Notebook</title></head><body><div class="document">'
            '<h1><img src="_static/logo.png">Notebook </h1><div class="body" role="main"><section><h1>Quickstart</h1>'
            '<p>Notebook makes it easy to write a record of what a program does, from the first line on.</p>'
            '</section></div></div></body></html>')
    page = html_text(html)
    assert (page.title, page.site) == ("Quickstart", "Notebook")


def test_a_copyright_line_at_the_top_names_the_author_when_no_byline_does_and_a_company_is_no_author():
    """irssi's startup HOWTO names its author only in "Copyright (c) 2000-2002 by Timo Sirainen, release under
    GNU FDL 1.1 license.", so "Who wrote the startup HOWTO?" had no author to give."""
    assert byline(["Copyright (c) 2000-2002 by Jane Roe, release under GNU FDL 1.1 license."]) == (("Jane Roe",), None)
    assert byline(["Copyright(c) 2000 Jane Roe <jane@example.org>"]) == (("Jane Roe",), None)
    assert byline(["Copyright (C) 1998, 2005 Free Software Foundation, Inc."]) == ((), None)
    assert byline(["Copyright 2003 Example Corporation"]) == ((), None)
    assert byline(["Copyright notices are kept in the file COPYING."]) == ((), None)
    page = ("<html><head><title>Startup How-To</title></head><body><h3>To new users</h3><p>Copyright (c) "
            "2000-2002 by Jane Roe, release under GNU FDL 1.1 license.</p><p>" + PARAGRAPH.format(n="more") +
            "</p></body></html>")
    assert clean_pages([(None, html_text(page).text)], markdown=True).authors == ("Jane Roe",)


def test_sphinxs_link_to_the_source_code_is_not_part_of_a_signature():
    """semantic_version's and treq's references: every signature read "validate(version)[source]", and a quote of
    it carried the link's text."""
    body = "".join(f"<p>{PARAGRAPH.format(n=i)}</p>" for i in range(3))
    signature = ("<dl class='py function'><dt class='sig sig-object py' id='pkg.check'><span class='sig-name "
                 "descname'><span class='pre'>check</span></span><span class='sig-paren'>(</span><em>text</em>"
                 "<span class='sig-paren'>)</span><a class='reference internal' href='_modules/pkg.html#check'>"
                 "<span class='viewcode-link'><span class='pre'>[source]</span></span></a></dt><dd><p>Tell whether "
                 "the text is a valid version string.</p></dd></dl>")
    page = html_text(f"<html><head><title>T</title></head><body><article>{body}{signature}</article></body></html>")
    assert "check(text)" in page.text and "[source]" not in page.text
    # a page's own words "[source]" stay
    quoted = html_text(f"<html><head><title>T</title></head><body><article>{body}<p>Each entry ends with a [source] "
                       f"link to the code it documents.</p></article></body></html>")
    assert "[source] link" in quoted.text
