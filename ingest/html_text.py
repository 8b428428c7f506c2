"""HTML pages to text with headings: trafilatura's main content, checked against the page's own prose.

trafilatura finds the article in a web page and leaves navigation behind, but on structured documents
(DocBook, Sphinx) it can keep one section of a chapter and drop its siblings: on the Debian history pages
it lost "Pronouncing Debian" whole, and every section heading. So its output is checked against the page
read block by block (headings, paragraphs, list items, without the parts that are navigation by name: nav,
header, footer, aside, tables of contents): when it misses more than 2% of the words of the page's prose
paragraphs, drops a heading whose paragraph it kept, or drops the items of the page's lists (the live
manual's requirements, "A POSIX-compliant shell, such as bash or dash", are each too short to count as
prose), the blocks are used instead.
"""
from __future__ import annotations

import copy
import re
import textwrap
from dataclasses import dataclass

from ingest.textnorm import normalize_for_match

MIN_PROSE_WORDS = 8          # a block this long is prose the extraction must keep
MAX_MISSED_SHARE = 0.02      # of prose words, before the page is read block by block
MIN_ITEM_WORDS = 3           # a list item this long is content ("debootstrap" alone might be a menu entry)
MIN_ITEMS = 3
MIN_CONTENTS_LINKED = 0.9    # share of a list's items that are all link, for a list of in-page links to be contents
MAX_MISSED_ITEMS = 0.2       # of such list items (and two at least), before the page is read block by block
MAX_LABELLED_WORDS = 25      # of a definition shown on its label's line ("Default value: 60")
MAX_COLUMN_SPAN = 12         # columns one table cell may fill (colspan): more is a page laid out as a table
MAX_SPANNED_WORDS = 6        # a longer cell across columns is a note, written once
MIN_PREFORMATTED_SHARE = 0.8   # of the body's words inside <pre>, for a page to be a text document in a wrapper
MAX_WORDS_PER_SENTENCE = 40    # on average in that text: more, and it is a code listing or a table, not prose
_SENTENCE_END = re.compile(r"[^\W\d_]{2,}[.?!][\"')]?(?=\s|$)")
_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "select",
              "template", "svg", "head"}
_TEXT_ASIDE = re.compile(r"\b(?:footnotes?|footnote-list|topic|note|admonition)\b")
_NAV_WORDS = re.compile(r"(?:^|[\s_-])(?:nav\w*|menu|sidebar|breadcrumbs?|footer|header|toc|skip|cookie\w*|"
                        r"related|share|social|banner|tagline)(?:$|[\s_-])", re.I)
# a sentence that introduces the page's own contents ("Topics covered in this document:")
_NAMES_THE_PAGE = re.compile(r"\btopics?\b|\bthis (?:document|page|chapter|guide|manual|section)\b", re.I)
_DATE_NAMES = re.compile(r"date|pubdate|published|modified|updated|releaseinfo|copyright|time", re.I)
_DATE_LABEL = (r"\b(?:last\s+(?:updated|modified|changed|revised)|updated|modified|published|revised|released|date)"
               r"\s*:?\s*")
# a date's label, which trafilatura may take for a name: OpenStack's pages put "updated: 2022-09-22 20:06" in an
# element of class "docs-byline"
_DATE_LABEL_WORD = re.compile(r"(?:last\s+)?(?:updated|modified|changed|revised|published|posted|released|created|"
                              r"date)", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# what stands between a page's own title and its site's name in <title>: "Page — Site", "Site | Page"
_JOINER_AFTER = re.compile(r"\s+[\u2014\u2013|\u00b7:\u00bb-]\s+")
_JOINER_BEFORE = re.compile(r"\s+[\u2014\u2013|\u00b7:\u00bb-]\s+$")
# Texinfo's index tables ("index-cp", "index-fn") and Sphinx's general index ("indextable")
_INDEX_TABLE = re.compile(r"(?:^|\s)(?:index-\w+|indextable)(?:$|\s)")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p", "li", "dd", "dt", "pre", "blockquote", "td", "th", "caption", "figcaption", "div", "section",
           "article", "main", "body", "ul", "ol", "dl", "table", "tr", "tbody", "thead", "center"}
# inline Markdown trafilatura writes: **bold**, *italic*, `code`. The page shows none of it, and a quote
# with asterisks inside would not be found in what the reader sees
# emphasis, which in a paragraph of Markdown prose may span its lines (a hard-wrapped "**Never pass ... shell\n
# metacharacters ...**")
_BOLD = re.compile(r"\*\*(\S(?:.*?\S)?)\*\*", re.S)
_ITALIC = re.compile(r"(?<![\w*])\*(\S(?:[^*]*?\S)?)\*(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")
# a code span in prose, fenced by any number of back quotes ("`` ` ${name} ` ``")
_PROSE_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_LINK_BODY = r"\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)"   # "[text](target "title")"
_LINK = re.compile(r"!?" + _LINK_BODY)
# a reference-style link, "[net.Server][]" or "[the spec][spec]": read as its text, and its definition line,
# "[spec]: https://...", is no text at all
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]\n]*\]")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s+\S+\s*(?:\"[^\"\n]*\")?\s*$")
# emphasis with underscores, "_synchronously_"; not an identifier's ("__init__", "snake_case_name")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_])_([^\s_](?:[^_]*?[^\s_])?)_(?![\w_])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
# HTML a Markdown file may hold inline: tags a browser would not show ("<a id=...></a>", "<br>"); a
# placeholder such as "<hostname>" is no tag name and stays
_HTML_TAG = re.compile(r"</?(?:a|br|img|span|div|sup|sub|kbd|b|i|em|strong|u|s|small|p|details|summary|code|"
                       r"font|center|hr)(?:\s[^<>]*)?/?>", re.I)
# a code fence after prose on its line: trafilatura's Markdown for a code span that holds a line break ("use
# the ```", then "vrrp (1-255)", "shutdown", "```"). A fence opens only at the start of a line, so its closing
# mark reads as an opening one and every block after it turns inside out (FRR's VRRP chapter: its headings
# read as code), and such a page is read block by block
_FENCE_AFTER_PROSE = re.compile(r"\w[.,:;)]? ?```")
_FENCE_IN_CODE = re.compile(r"^\s*(`{3,})", re.M)    # a line of code that would close a fence as short as it
_FENCE_OPEN = re.compile(r"^\s{0,3}(`{3,}|~{3,})")   # a Markdown code block's first line
_IMAGE = re.compile("!" + _LINK_BODY)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)    # "<!-- {% if debian %} -->": the site generator's, unseen
_QUOTE_MARK = re.compile(r"^(?:\s{0,3}>(?: |$))+")    # a block quote's markers, nested ones too
# the permalink sign documentation generators put after each heading and term (Sphinx, MkDocs: "-O¶"): not
# text a reader reads, and it glues itself to the option or heading it follows. Apache's manual names it
# class="permalink"; Texinfo's HTML puts "#" and "TOC" links after each heading, hidden from screen readers
# (aria-hidden="true"), as any such link is: a reader is not meant to read it; its index entries end in a
# "copiable-anchor" pilcrow
_PERMALINK = re.compile(r"<a\s[^>]*\b(?:class=[\"'][^\"']*\b(?:headerlink|permalink|copiable-anchor)\b|"
                        r"aria-hidden=[\"']true[\"'])[^>]*>[^<]{0,8}</a>", re.I)
# Sphinx's link from a signature to its source code ("semantic_version.validate(version)[source]"): navigation,
# not the signature
_VIEWCODE_LINK = re.compile(r"<a\s[^>]*>\s*<span\s+class=[\"']viewcode-link[\"']>(?:\s|<[^>]*>)*\[source\]"
                            r"(?:\s|</?span[^>]*>)*</a>", re.I)
# a footnote's number in superscript, linked to the note on the same page (Texinfo: "award-winning<a
# href="#FOOT1"><sup>1</sup></a> S system"): read as text it glues itself to the word ("limited4 to about 4095
# bytes"), and a number in brackets would read as a citation; the note itself stays where the page puts it
_FOOTNOTE_MARK = re.compile(r"<a\s[^>]*href=[\"']#[^\"']*[\"'][^>]*>\s*<sup>\s*\d{1,3}\s*</sup>\s*</a>|"
                            r"<sup(?:\s[^>]*)?>\s*<a\s[^>]*href=[\"']#[^\"']*[\"'][^>]*>\s*\d{1,3}\s*</a>\s*</sup>",
                            re.I)
# the lines mdBook hides in a listing (<span class="boring">: "fn main() {" around a snippet), shown only when
# the reader asks for them; read as text, every snippet sat inside a main() the prose says it leaves out
_HIDDEN_CODE_LINES = re.compile(r"<span\s+class=[\"']boring[\"']>[^<]*</span>", re.I)
# the line numbers Pygments writes into a code block (Sphinx's :linenos:, inline or as a table column): read as
# text they glue themselves to each line ("1 include(...)", "3 $ORIGIN example.com."), and the code can no longer
# be copied as it stands
_LINE_NUMBERS = re.compile(r"<span\s+class=[\"']linenos[\"']>\s*\d+\s*</span>|"
                           r"<td\s+class=[\"']linenos[\"']>.*?</td>", re.I | re.S)
# a formula drawn as an image, its TeX source in alt (Doxygen's formulaInl/formulaDsp, Wikipedia's math
# fallback): Doxygen draws even the LaTeX logo so, and without its alt "doxygen will generate  output" lost a word
_FORMULA_IMAGE = re.compile(r"<img\s[^>]*\bclass=[\"'][^\"']*\b(?:formula\w*|mwe-math-\w+)[^>]*>", re.I)
# latex2html's stand-ins: a formula whose image was never made is left as "4#4" (its number twice), which reads as
# numbers ("set size 4#4XX5#5" for "set size <XX>"); a cross-reference drawn as an image leaves "(p. )"
_MATH_STAND_IN = r"<span\s+class=[\"']math[\"']>\s*(?P<n{0}>\d+)#(?P=n{0})\s*</span>"
_PAGE_REFERENCE = r"\s*\(p\.(?:&nbsp;|\s)*<a\s[^>]*>\s*<img\s[^>]*\balt=[\"']\[\*\][\"'][^>]*>\s*</a>\)"
_LATEX2HTML_LEFTOVERS = re.compile(r"\s*\((?:\s*" + _MATH_STAND_IN.format(1) + r")+\s*\)|"
                                   + _MATH_STAND_IN.format(2) + "|" + _PAGE_REFERENCE, re.I)
_ALT = re.compile(r"\balt=(?:\"([^\"]*)\"|'([^']*)')", re.I)
_TEX_LOGO = re.compile(r"\\(La)?TeX\b\s*")
# what may stand between the links of a link list: "Apache > HTTP Server > Documentation" (a breadcrumb),
# "en | fr | ja" (a language picker), "Modules | Directives | FAQ" (a menu); its optional label, "Available
# Languages:", is a few words before a colon
_LINK_SEPARATORS = re.compile(r"[|>\u00bb\u203a\u00b7\u2022/]")
_LINK_LIST_LABEL = re.compile(r"^\s*(?:[^\W\d][\w-]*\s+){0,3}[^\W\d][\w-]*\s*:")


@dataclass(frozen=True)
class HtmlText:
    text: str                    # Markdown headings ("# ...") and plain paragraphs
    title: str | None
    authors: tuple[str, ...]
    date: str | None             # only a date the page declares (meta tags, release info), never a guess
    method: str                  # "main-content" | "blocks" | "preformatted"
    site: str | None = None      # the site or manual the page belongs to, as the page names it (see _title_parts)
    markdown: bool = True        # text marks headings as Markdown; False for a preformatted page's plain text


def html_text(html: str) -> HtmlText:
    """The page's text, title, declared authors and date."""
    import trafilatura

    html = _HIDDEN_CODE_LINES.sub("", _LINE_NUMBERS.sub("", _PERMALINK.sub("", _VIEWCODE_LINK.sub("", html))))
    html = _FORMULA_IMAGE.sub(_formula_text, _FOOTNOTE_MARK.sub("", _LATEX2HTML_LEFTOVERS.sub("", html)))
    root = _parse(html)
    preformatted = _preformatted_text(root)
    text, method = (preformatted, "preformatted") if preformatted is not None else _article_text(html, root)
    meta = trafilatura.extract_metadata(html, date_config={"extensive_search": False, "original_date": True})
    title = meta.title if meta and meta.title else None
    own_title, site = _title_parts(root)
    if own_title and site and own_title.lower() in _UNNAMING_TITLES:
        own_title = site   # "Contents — pook 1.1.1 documentation": the front page is the site's
    authors = tuple(a for a in _authors(meta.author if meta else None)
                    if _declared_author(root, a) and not _DATE_LABEL_WORD.fullmatch(a))
    date = meta.date if meta and meta.date and _declared(root, meta.date) else None
    return HtmlText(text, own_title or title, authors, date, method, site, markdown=preformatted is None)


# a page's own title that names nothing but its kind of page
_UNNAMING_TITLES = {"contents", "table of contents", "home", "home page", "homepage", "main page", "start page",
                    "untitled"}


def _article_text(html: str, root) -> tuple[str, str]:
    """(text, method): trafilatura's main content, or the page block by block when it lost prose, headings or
    list items, or wrote a code fence after prose on a line (see _FENCE_AFTER_PROSE)."""
    import trafilatura

    main = trafilatura.extract(html, output_format="markdown", include_comments=False, include_tables=True,
                               include_links=False, include_images=False, favor_precision=True,
                               deduplicate=False) or ""
    mangled_code = _FENCE_AFTER_PROSE.search(main) is not None
    link_lists = _link_lists(root)
    main = _without_link_lists(plain_inline(main), link_lists)
    blocks = _block_text(root, link_lists)
    # judged as written before items had bullets and rows kept their empty cells: which pages trafilatura
    # fails is a question of their words, which those marks do not change
    unmarked = _block_text(root, link_lists, marked=False)
    if blocks.strip() and (mangled_code or missed_share(unmarked, main) > MAX_MISSED_SHARE
                           or lost_headings(unmarked, main)
                           or missed_items_share(root, main) > MAX_MISSED_ITEMS
                           or missed_terms_share(root, main) > MAX_MISSED_ITEMS):
        return blocks, "blocks"
    return main, "main-content"


def _preformatted_text(root) -> str | None:
    """The text of a page that is a plain-text document in an HTML wrapper, its line breaks kept; None for any
    other page. Such a page holds nearly all its words in one <pre> (MIN_PREFORMATTED_SHARE), and they read
    as sentences, not as a code listing."""
    body = root.find("body") if root is not None else None
    if body is None:
        return None
    blocks = [pre for pre in body.iter("pre")
              if not any(_is_skipped(a) or _is_navigation(a) for a in (pre, *pre.iterancestors()))]
    if len(blocks) != 1:    # several, with the page's own headings between them (HAProxy's guides): blocks
        return None
    text = blocks[0].text_content().strip("\n")
    words = len(text.split())
    if not words or words < MIN_PREFORMATTED_SHARE * len(body.text_content().split()):
        return None
    return text if len(_SENTENCE_END.findall(text)) * MAX_WORDS_PER_SENTENCE >= words else None


def _title_parts(root) -> tuple[str | None, str | None]:
    """(the page's own title, its site's name) from a <title> that joins the two, as documentation generators
    write them: "Installation — Borg - Deduplicating Archiver 1.2.4 documentation" (Sphinx), "Site | Page".
    Which part is the page's is told by its first heading, since either part may hold a dash; og:site_name,
    when the page declares it, names the site. None for what cannot be told apart."""
    if root is None:
        return None, None
    declared = root.xpath('//meta[@property="og:site_name" or @name="application-name"]/@content')
    site = " ".join(str(declared[0]).split()) or None if declared else None
    titles, all_headings = root.xpath("//title"), root.xpath("//h1")
    # an h1 in the page's frame names the site ("<h1 id="header">Exim Internet Mailer</h1>"), not the page; so
    # does one holding the site's logo ("<h1><img src="_static/logbook-logo.png">Logbook</h1>")
    headings = [h for h in all_headings if not any(_is_navigation(e) for e in (h, *h.iterancestors()))
                and not _links_away(h) and not h.xpath(".//img")]
    if titles and all_headings and not headings:
        whole = " ".join(titles[0].text_content().split())
        # the frame's h1 names the site, and the title joins the page's name to it ("What is Ownership? - The
        # Rust Programming Language" under mdBook's <h1 class="menu-title">The Rust Programming Language</h1>)
        named = " ".join(all_headings[0].text_content().split())
        if named and whole.endswith(named) and (joined := _JOINER_BEFORE.search(whole[:-len(named)])):
            return whole[:joined.start()] or None, site or named
        return whole or None, site
    if not titles or not headings:
        return None, site
    whole = " ".join(titles[0].text_content().split())
    heading = " ".join(headings[0].text_content().replace("\u00b6", " ").split())
    if not heading or whole == heading:
        return None, site
    if whole.startswith(heading) and (joined := _JOINER_AFTER.match(whole, len(heading))):
        return heading, site or whole[joined.end():] or None
    if whole.endswith(heading) and (joined := _JOINER_BEFORE.search(whole[:-len(heading)])):
        return heading, site or whole[:joined.start()] or None
    return None, site


def _links_away(heading) -> bool:
    """Whether the heading is wholly a link to another page: a site's name leading every page ("<h1><a
    href="../index.html">Django 3.2.25 documentation</a></h1>"), not the page's own title."""
    text = " ".join(heading.text_content().split())
    links = heading.xpath(".//a[@href]")
    return bool(text) and len(links) == 1 and not links[0].get("href", "").startswith("#") and \
        " ".join(links[0].text_content().split()) == text


def _declared(root, date: str) -> bool:
    """Whether the page states the date as its own: in its head, in an attribute (a meta tag's content, a
    <time datetime>), or in an element named for it (class "date", "pubdate", "releaseinfo"...). trafilatura
    also picks dates out of the body's text, such as a timestamp in an example's output; there, only a
    labelled date counts ("Last updated 2024-05-31")."""
    if root is None:
        return False
    year, month, day = (date.split("-") + ["", ""])[:3]
    forms = {date, f"{year}{month}{day}", f"{year}/{month}/{day}", f"{day}.{month}.{year}"}
    head = root.find("head")
    places = [head.text_content() if head is not None else ""]
    named: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        places.extend(v for k, v in element.attrib.items() if k in ("content", "datetime", "value"))
        names = " ".join(filter(None, (element.get("class"), element.get("itemprop"), element.get("id"))))
        if element.tag == "time" or (names and _DATE_NAMES.search(names)):
            places.append(element.text_content())
            named.append(element.text_content())
    labelled = " ".join(root.text_content().split())
    return any(form in place for place in places for form in forms) or any(
        re.search(_DATE_LABEL + re.escape(form), labelled, re.I) for form in forms) or any(
        _written(text, year, month, day) for text in named)


def _declared_author(root, name: str) -> bool:
    """Whether the page names the author as its own: in an attribute (a meta tag's content), in an element
    named for it (class "author", "byline", docutils' "docinfo"), or after an "Author:" / "By" label.
    trafilatura also takes any element whose class or id merely contains "author": Flask-Login's link to
    "LoginManager.unauthorized_handler" gave the author "Unauthorized"."""
    if root is None:
        return False
    wanted = " ".join(name.split()).lower()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if any(wanted in " ".join(v.split()).lower() for k, v in element.attrib.items() if k == "content"):
            return True
        names = " ".join(filter(None, (element.get("class"), element.get("itemprop"), element.get("id"),
                                       element.get("rel"), element.get("name"))))
        if names and _AUTHOR_NAMES.search(names) and wanted in " ".join(element.text_content().split()).lower():
            return True
    labelled = " ".join(root.text_content().split())
    return re.search(_AUTHOR_LABEL + re.escape(" ".join(name.split())), labelled, re.I) is not None


# a whole word of a class or id: "author", "post-author", "byline", docutils' "docinfo"; not "unauthorized_handler"
_AUTHOR_NAMES = re.compile(r"(?<![a-z])(?:authors?|byline|creator|docinfo|vcard)(?![a-z])", re.I)
_AUTHOR_LABEL = r"(?:\bauthors?\s*:|\bwritten\s+by|\bby)\s*(?:[^.:;]{0,80}?[,;&]\s*|[^.:;]{0,80}?\band\s+)?"


def _written(text: str, year: str, month: str, day: str) -> bool:
    """The date written with its month's name: "18 Sep 2019", "September 18, 2019"."""
    if not (month.isdigit() and day.isdigit() and 1 <= int(month) <= 12) or len(text) > 200:
        return False
    name = _MONTHS[int(month) - 1]
    return bool(re.search(rf"\b{int(day)}\b", text) and re.search(rf"\b{name}", text, re.I)
                and re.search(rf"\b{year}\b", text))


def fence_after(line: str, fence: str | None) -> str | None:
    """The code fence open after this line (None: outside code). As in CommonMark, only a line of the opening
    fence's mark alone, at least as long, closes the block: "~~~ SNIP ~~~" in a "```" block is code; and a line
    with back quotes after its opening ones is a code span, no fence."""
    if fence is None:
        opening = _FENCE_OPEN.match(line)
        # a backtick fence's info string holds no backtick: "```{"jsonrpc":"2.0"}```" is a code span
        if opening is None or (opening.group(1)[0] == "`" and "`" in line[opening.end():]):
            return None
        return opening.group(1)
    mark = line.strip()
    return None if mark.startswith(fence) and set(mark) == {fence[0]} else fence


def plain_inline(markdown: str) -> str:
    """Inline emphasis and code marks removed; headings, lists and line breaks kept."""
    out = []
    for line in markdown.split("\n"):
        line = _CODE.sub(r"\1", line)
        line = _BOLD.sub(r"\1", line)
        line = _ITALIC.sub(r"\1", line)
        out.append(_ESCAPE.sub(r"\1", line))
    return "\n".join(out)


def plain_markdown(markdown: str) -> str:
    """A Markdown file's text as a reader sees it: links by their text ("[the spec](spec.md)", "[net.Server][]"),
    link definitions ("[spec]: https://...") left out; images (a reader sees a picture, not its alt text,
    which repeats: "Icinga 2 Windows Setup" five times), HTML comments, emphasis and code marks, block quote
    markers and inline HTML tags (a heading's `<a id="..."></a>` anchor) removed; headings, lists and line
    breaks kept for the cleaner. Code is as written, in a fenced block and in a code span: its brackets, back
    quotes and backslashes are the code's ("newListeners[0]();", "`C:\\`")."""
    lines: list[str] = []
    paragraph: list[str] = []    # the prose lines read so far, without a blank line between them
    fence: str | None = None

    def end_paragraph() -> None:
        if paragraph:
            lines.append(_plain_prose("\n".join(paragraph)))
            paragraph.clear()

    for line in _HTML_COMMENT.sub("", markdown).split("\n"):
        line = _QUOTE_MARK.sub("", line)     # "> **Note**", ">", "> Do not abuse": a quoted note reads as text
        fence, was_code = fence_after(line, fence), fence is not None
        if fence is not None or was_code:
            end_paragraph()
            lines.append(line)
            continue
        shown = _HTML_TAG.sub("", _IMAGE.sub("", line))
        if not line.strip():
            end_paragraph()
            lines.append(shown)
        # indented after a blank line: a code block, or a list item's later paragraph; an indented line right
        # after prose goes on with it (in CommonMark a code block cannot interrupt a paragraph)
        elif line.startswith(("\t", "    ")) and not paragraph:
            lines.append(plain_inline(_LINK.sub(r"\1", shown)))
        elif not _LINK_DEFINITION.match(line):
            paragraph.append(shown)
    end_paragraph()
    return "\n".join(lines)


def _plain_prose(paragraph: str) -> str:
    """A paragraph of Markdown prose without its marks, which may span its lines; its code spans as written,
    less their back quotes (and the space that pads a span starting or ending with one)."""
    spans: list[str] = []

    def hide(span: re.Match) -> str:
        code = span.group(2)
        spans.append(code[1:-1] if len(code) > 2 and code[0] == code[-1] == " " else code)
        return f"\x00{len(spans) - 1}\x00"

    prose = _REFERENCE_LINK.sub(r"\1", _LINK.sub(r"\1", _PROSE_CODE.sub(hide, paragraph)))
    prose = _UNDERSCORE_EMPHASIS.sub(r"\1", _ITALIC.sub(r"\1", _BOLD.sub(r"\1", prose)))
    return re.sub("\x00(\\d+)\x00", lambda hidden: spans[int(hidden.group(1))], _ESCAPE.sub(r"\1", prose))


def missed_share(reference: str, extracted: str) -> float:
    """Share of the reference's prose words (in blocks of MIN_PROSE_WORDS or more) missing from extracted."""
    have = normalize_for_match(extracted)
    total = missed = 0
    for block in reference.split("\n\n"):
        if block.startswith("#"):
            continue
        words = len(block.split())
        if words < MIN_PROSE_WORDS:
            continue
        total += words
        if normalize_for_match(block) not in have:
            missed += words
    return missed / total if total else 0.0


def missed_items_share(root, extracted: str) -> float:
    """Share of the parsed page's list items (MIN_ITEM_WORDS words or more, outside navigation) missing from
    extracted; 0 for a page with fewer than MIN_ITEMS of them."""
    items = [item for item in _list_items(root) if len(item.split()) >= MIN_ITEM_WORDS]
    if len(items) < MIN_ITEMS:
        return 0.0
    have = normalize_for_match(extracted)
    missed = sum(normalize_for_match(item) not in have for item in items)
    return missed / len(items) if missed >= 2 else 0.0   # one item alone may be the page's running title


def missed_terms_share(root, extracted: str) -> float:
    """Share of the parsed page's defined terms (<dt>, outside navigation) missing from extracted; 0 for a page
    with fewer than MIN_ITEMS of them. A term is what its definition is about ("ClampMSS = <yes|no> (yes)",
    "-b"), however short: trafilatura dropped every term of tinc's host configuration variables."""
    if root is None:
        return 0.0
    terms = [_inline_text(dt) for dt in root.iter("dt")
             if not any(isinstance(a.tag, str) and (_is_skipped(a) or _is_navigation(a)) for a in dt.iterancestors())]
    terms = [t for t in terms if t]
    if len(terms) < MIN_ITEMS:
        return 0.0
    have = normalize_for_match(extracted)
    missed = sum(normalize_for_match(term) not in have for term in terms)
    return missed / len(terms) if missed >= 2 else 0.0


def _list_items(root) -> list[str]:
    if root is None:
        return []
    return [_inline_text(li) for li in root.iter("li")
            if not any(isinstance(a.tag, str) and (_is_skipped(a) or _is_navigation(a))
                       for a in li.iterancestors()) and not _mostly_links(li)]


def _mostly_links(element) -> bool:
    """Text that is all link: a menu or contents entry ("Next 2.5. Why Debian Bullseye?"), not content."""
    text = len(_inline_text(element))
    linked = sum(len(_inline_text(a)) for a in element.iter("a"))
    return text > 0 and linked >= 0.8 * text


def lost_headings(reference: str, extracted: str) -> int:
    """Headings of the reference missing from extracted although the prose right after them is there."""
    have = normalize_for_match(extracted)
    blocks = reference.split("\n\n")
    lost = 0
    for heading, after in zip(blocks, blocks[1:]):
        if heading.startswith("#") and not after.startswith("#") and len(after.split()) >= MIN_PROSE_WORDS:
            title = normalize_for_match(heading.lstrip("#"))
            if normalize_for_match(after) in have and title not in have:
                lost += 1
    return lost


def _formula_text(image: re.Match[str]) -> str:
    """The formula's TeX source from the image's alt, its logos as words: "{\\LaTeX}" reads "LaTeX"."""
    alt = _ALT.search(image.group(0))
    source = (alt.group(1) or alt.group(2) or "") if alt else ""
    source = _TEX_LOGO.sub(lambda m: f"{m.group(1) or ''}TeX", source).strip()
    if source.startswith("{") and source.endswith("}") and "{" not in source[1:-1]:
        source = source[1:-1]
    return source.replace("<", "&lt;")   # it goes back into the page's HTML: text, never a tag


def block_text(html: str) -> str:
    """Headings as Markdown, every other text block as a paragraph, navigation and scripts left out."""
    root = _parse(html)
    return _block_text(root, _link_lists(root))


def _parse(html: str):
    """The page's element tree, or None when lxml cannot read it."""
    import lxml.html

    # bytes, since a page may declare its encoding (lxml refuses a str that does); read as UTF-8 whatever it
    # declares, since the loader has decoded the file as UTF-8 already: Vim's help pages declare ISO-8859-1
    # and are UTF-8, and their copyright sign read "Â©"
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return None
    for line_break in root.iter("br"):     # "Reliable.<br>Choose" is two lines, not "Reliable.Choose"
        line_break.tail = "\n" + (line_break.tail or "")
    return root


@dataclass(frozen=True)
class _Walk:
    link_lists: set          # lists of in-page links: navigation, left out
    marked: bool = True      # items with their bullets, table rows with their empty and spanned cells


def _block_text(root, link_lists: set, marked: bool = True) -> str:
    if root is None:
        return ""
    body = root.find("body")
    parts: list[str] = []
    _walk(body if body is not None else root, parts, _Walk(link_lists, marked))
    return "\n\n".join(parts)


def _walk(element, parts: list[str], walk: _Walk) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if _is_skipped(element) or _is_navigation(element) or element in walk.link_lists:
        return
    if tag in _HEADINGS:
        heading = _inline_text(element)
        if heading:
            parts.append("#" * _HEADINGS[tag] + " " + heading)
        return
    if tag == "tr" and not _has_nested_block(element):
        # one line per row, its cells in order: "0 | success (logged as INFO)"; cell by cell, a code or a
        # number would stand alone and lose the meaning the next cell gives it
        _add(parts, _row_text(element, walk.marked))
        return
    if tag == "li":
        # an item starts with its bullet, as in trafilatura's Markdown: the steps a sentence introduces ("This
        # is the procedure:") stay apart from the paragraph after the list
        first = len(parts)
        _walk_content(element, parts, walk)
        # its text may start with "#" or "-" ("# with overline, for parts"): only a heading, code, or an item of
        # a list inside it (marked already) is left as it is
        if walk.marked and len(parts) > first and not parts[first].startswith("`") and \
                not (parts[first].startswith("#") and any(c.tag in _HEADINGS for c in element.iter())) and \
                not (parts[first].startswith("- ") and any(c.tag == "li" for c in element.iter() if c is not element)):
            parts[first] = "- " + parts[first]
        return
    if tag == "dl":
        _walk_definitions(element, parts, walk)
        return
    _walk_content(element, parts, walk)


def _walk_content(element, parts: list[str], walk: _Walk) -> None:
    """An element's code, its text, or its blocks in turn."""
    if element.tag == "pre" or _is_line_listing(element):
        # fenced, so that a root prompt ("# apt-get check") is not read as a heading; by more backticks than
        # any line of it starts with, so that a fence it shows (Doxygen's Markdown page) does not close it
        code = _code_lines(element, indented=walk.marked)
        if code:
            fence = "`" * max([3, *(len(run) + 1 for run in _FENCE_IN_CODE.findall(code))])
            parts.append(f"{fence}\n{code}\n{fence}")
        return
    if not _has_block_child(element):
        _add(parts, _inline_text(element))
        return
    # a container with loose text between its blocks: each run of inline content is one paragraph
    run: list[str] = [element.text or ""]
    for child in element:
        child_tag = child.tag if isinstance(child.tag, str) else ""
        if child_tag in _BLOCKS or child_tag in _HEADINGS or _is_skipped(child) or _is_navigation(child):
            _add(parts, " ".join(run))
            run = []
            _walk(child, parts, walk)
        elif child_tag:
            run.append(child.text_content())
        run.append(child.tail or "")
    _add(parts, " ".join(run))


def _walk_definitions(dl, parts: list[str], walk: _Walk) -> None:
    """A definition list, term by term. A label ("Default value:") and its short definition ("60") make one
    line, "Default value: 60", as the page shows them side by side: apart, the value is a number alone (read
    as a label and dropped) and the label a line repeated under every entry."""
    children = [c for c in dl if isinstance(c.tag, str)]
    at = 0
    while at < len(children):
        child, after = children[at], children[at + 1] if at + 1 < len(children) else None
        if child.tag == "dt" and after is not None and after.tag == "dd" and not _is_skipped(after):
            term, definition = _inline_text(child), _inline_text(after)
            if term.endswith(":") and definition and _is_short_definition(after, definition):
                _add(parts, f"{term} {definition}")
                at += 2
                continue
        _walk(child, parts, walk)
        at += 1


def _is_short_definition(dd, text: str) -> bool:
    """One line of text: no list, table or code in it, and at most one paragraph of a few words."""
    blocks = [c for c in dd.iter() if c is not dd and isinstance(c.tag, str) and c.tag in _BLOCKS]
    return len(text.split()) <= MAX_LABELLED_WORDS and all(b.tag in ("p", "div") for b in blocks) and len(blocks) <= 1


def _has_block_child(element) -> bool:
    return any(isinstance(c.tag, str) and (c.tag in _BLOCKS or c.tag in _HEADINGS or c.tag in _SKIP_TAGS)
               for c in element.iter() if c is not element)


def _has_nested_block(row) -> bool:
    """A row holding more than inline text and paragraphs (a list, a table, code): read block by block."""
    inline = {"p", "td", "th", "div"}
    return any(isinstance(c.tag, str) and c.tag in _BLOCKS - inline for c in row.iter() if c is not row)


def _is_skipped(element) -> bool:
    """Scripts, forms and the page's frame; an aside only when it is not the text's own note (Sphinx writes
    footnotes and topic boxes as <aside class="footnote" role="note">)."""
    if element.tag == "aside":
        return not (element.get("role") == "note" or _TEXT_ASIDE.search(element.get("class") or ""))
    if element.tag == "table" and _INDEX_TABLE.search(element.get("class") or ""):
        return True   # a back-of-the-book index: entries and the sections they link to, no text of its own
    return element.tag in _SKIP_TAGS


def _is_navigation(element) -> bool:
    element_id = element.get("id")
    if element_id and _names_its_content(element, element_id):
        element_id = None      # a section named after its own heading: "how-do-i-share-global-variables-..."
    names = " ".join(filter(None, (element.get("class"), element_id, element.get("role"))))
    if not (names and _NAV_WORDS.search(names)):
        return False
    # a frame named for the navigation beside it that holds the page itself: Read the Docs' theme writes
    # <body class="wy-body-for-nav"> and <div class="wy-nav-content">; read as navigation, a whole manual
    # (the BIND 9 ARM) had no blocks to check trafilatura against, and it had dropped whole sections. A site's
    # name over its logo in the sidebar (Sphinx's alabaster theme: <h1 class="logo">) is no page's heading
    return not element.xpath('.//h1[not(contains(@class, "logo"))] | .//*[@role="main"]')


def _link_lists(root) -> set:
    """The page's link lists (see _is_link_list), each block asked once: both the block walk and the
    main-content filter use them. A contents box's label ("Contents", alone with its list in their box) goes
    with it."""
    if root is None:
        return set()
    lists = {element for element in root.iter(*_BLOCKS) if _is_link_list(element)}
    return lists | {label for label in map(_box_label, lists) if label is not None}


def _box_label(element):
    """The short paragraph before a list that shares a box with nothing else (docutils' "contents topic":
    <p class="topic-title">Contents</p>, then the list); None when there is none."""
    before, box = element.getprevious(), element.getparent()
    if before is None or before.tag != "p" or box is None or box.tag not in ("div", "nav", "section", "aside"):
        return None
    alone = [child for child in box if isinstance(child.tag, str)] == [before, element]
    return before if alone and 0 < len(_inline_text(before).split()) <= 3 else None


def _is_link_list(element) -> bool:
    """Links with only separators between them, and at most a short label before: a breadcrumb, a language
    picker or a menu that the page's frame names nothing (Apache's <div id="path">), so read as text it
    would lead every passage of the page ("Available Languages: en | es | fr"). A list whose every item links to
    places in the same page, nearly every one with nothing but its link, is its table of contents (NTPsec's,
    the SQLite FAQ's list of its questions); a list of links to other pages may be content ("frozenset",
    "bytearray" ...), and stays, as does a list the sentence before introduces ("CMake provides two central
    locations to register packages ...:", then links to the sections on each), unless it says the list is the
    page's own ("Topics covered in this document:")."""
    if element.tag in ("ul", "ol"):
        before = element.getprevious()
        introduced = "" if before is None or before.tag != "p" else " ".join("".join(before.itertext()).split())
        if introduced.endswith(":") and not _NAMES_THE_PAGE.search(introduced):
            return False
        # an entry with a remark after its link ("Lynx and State Management (Me want cookie!)") leaves it one
        items = [c for c in element if isinstance(c.tag, str) and c.tag == "li" and _inline_text(c)]
        in_page = all(next(item.iter("a"), None) is not None and
                      all((a.get("href") or "").startswith("#") for a in item.iter("a")) for item in items)
        if len(items) == 1:   # the page's own title, its sections listed under it (docutils' contents)
            nested = next(items[0].iter("ul", "ol"), None)
            return in_page and nested is not None and _is_link_list(nested) and _mostly_links(_own_part(items[0]))
        return len(items) >= 2 and in_page and \
            sum(_mostly_links(item) for item in items) >= MIN_CONTENTS_LINKED * len(items)
    if next(element.iter(*_HEADINGS), None) is not None:
        return False
    links = [a for a in element.iter("a") if _inline_text(a)]
    if len(links) < 2:
        return False
    between = _LINK_LIST_LABEL.sub("", _unlinked_text(element), count=1)
    return len(_LINK_SEPARATORS.findall(between)) >= len(links) - 1 and not _LINK_SEPARATORS.sub("", between).strip()


def _unlinked_text(element) -> str:
    """The element's text outside its links."""
    parts = [element.text or "" if element.tag != "a" else ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_unlinked_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _without_link_lists(text: str, link_lists: set) -> str:
    """text without the lines that are the page's link lists (see _is_link_list). A table of contents goes
    where two of its entries stand together, in its order: alone, an entry's words may be a term the page
    defines ("Queue.empty()") or a list item of its own ("Modularity."). Headings stay."""
    whole: set[str] = set()
    together: set[tuple[str, str]] = set()
    for element in link_lists:
        if element.tag in ("ul", "ol"):
            entries = [_words_of(_own_part(item).text_content()) for item in element.iter("li")]
            together.update(zip(entries, entries[1:]))
        else:
            whole.add(_words_of(" ".join(element.itertext())))
    if not whole and not together:
        return text
    lines = text.split("\n")
    words = [_words_of(line) for line in lines]
    drop = {i for i, w in enumerate(words) if w in whole}
    drop |= {j for i in range(len(words) - 1) if (words[i], words[i + 1]) in together for j in (i, i + 1)}
    return "\n".join(line for i, line in enumerate(lines) if line.startswith("#") or i not in drop)


def _own_part(item):
    """A copy of a list item without the lists nested in it: the entry's own words."""
    own = copy.deepcopy(item)
    for nested in list(own.iter("ul", "ol")):
        nested.drop_tree()
    return own


def _words_of(text: str) -> str:
    """The words alone: a list item written "- Command Index", a row written "| Home | Site Map |"."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _names_its_content(element, element_id: str) -> bool:
    """Whether the id names the section or entry the element holds: it spells the element's first heading, or a
    link inside the element points to it (Asciidoctor's settings reference: <div id="cookie-cache"> around
    "Syntax: <a href="#cookie-cache">cookie-cache</a>")."""
    return _names_its_heading(element, element_id) or \
        any(a.get("href") == f"#{element_id}" for a in element.iter("a"))


def _names_its_heading(element, element_id: str) -> bool:
    """Whether the id spells the element's first heading, as documentation generators (Sphinx, Hugo,
    GitHub's Markdown) name sections; such an id says what the section is about, not what it is for."""
    heading = next((h for h in element.iter(*_HEADINGS) if h is not element), None)
    if heading is None:
        return False
    id_words = [w for w in re.split(r"[^a-z0-9]+", element_id.lower()) if w]
    heading_words = set(re.findall(r"[a-z0-9]+", _inline_text(heading).lower()))
    return len(id_words) >= 2 and all(w in heading_words for w in id_words)


def _row_text(row, marked: bool = True) -> str:
    """A table row as "cell | cell". An empty cell keeps its place and a short cell spanning columns fills
    each of them, so that the columns still line up: "File extension | gnucash | gnucash | N/A | N/A", not
    "File extension | gnucash | N/A" under four headers. A row with one filled cell is that cell's text (a
    box's label beside its icon: "Warning"). Unmarked: the filled cells alone."""
    cells = [cell for cell in row if cell.tag in ("td", "th")]
    texts = [_inline_text(cell) for cell in cells]
    filled = [text for text in texts if text]
    if not marked:
        return " | ".join(filled)
    if len(filled) < 2:
        return "".join(filled)
    columns = []
    for cell, text in zip(cells, texts):
        span = cell.get("colspan") or "1"
        repeat = min(int(span), MAX_COLUMN_SPAN) if span.isdigit() and int(span) > 0 else 1
        columns += [text] * (repeat if len(text.split()) <= MAX_SPANNED_WORDS else 1)
    return " | ".join(columns)


def _inline_text(element) -> str:
    return " ".join(element.text_content().split())


def _is_line_listing(element) -> bool:
    """Doxygen's code listing: <div class="fragment"> holding one <div class="line"> per line of code."""
    children = [c for c in element if isinstance(c.tag, str)]
    return bool(children) and all(c.tag == "div" and "line" in (c.get("class") or "").split() for c in children)


def _code_lines(element, indented: bool = True) -> str:
    """A code block's text line by line, as the page shows it: two commands are two lines, not one, and a
    line keeps its indentation ("    print(w)" is inside the loop; an account tree shows its nesting)."""
    lines = element.text_content().split("\n") if element.tag == "pre" else \
        [line.text_content() for line in element if isinstance(line.tag, str)]
    if not indented:
        return "\n".join(filter(None, (" ".join(line.split()) for line in lines)))
    return code_text(lines)


def code_text(lines: list[str]) -> str:
    """A code block's lines as shown: blank lines out, tabs as 8 columns, no-break spaces as spaces, their
    common indentation removed and their own kept."""
    return textwrap.dedent("\n".join(line.replace("\u00a0", " ").expandtabs(8).rstrip() for line in lines
                                     if line.strip()))


def _add(parts: list[str], text: str | None) -> None:
    text = " ".join((text or "").split())
    if text and not text.isdigit():   # a number alone is a paragraph's label (the live manual's "114")
        parts.append(text)


def _authors(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    names = (_AUTHOR_HEADING.sub("", a.strip()) for a in re.split(r";|\band\b|,(?=\s*[A-Z])", raw))
    return tuple(dict.fromkeys(a for a in names if a))


# the heading of the element an author was read from: Sphinx's <section id="author"> opens with "Author"
_AUTHOR_HEADING = re.compile(r"^(?:authors?|written\s+by)\s*:?\s+(?=(?-i:[A-Z]))", re.I)
