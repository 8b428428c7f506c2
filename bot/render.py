"""Answers as the page shows them. Text from essays and models is data: it never becomes markup.

The chat and status panes render Markdown, and HTML-escaping alone leaves Markdown alive: an essay
sentence holding `![m](http://host/x)` became an <img> that the browser fetched. So untrusted text goes
through `inert`: every ASCII punctuation mark becomes a numeric character reference, which Markdown shows
as the character and never reads as syntax (no image, link, autolink, emphasis, heading or HTML). The only
markup in a message is what this module writes: citation links and source links with checked URLs.
"""
from __future__ import annotations

import html
import re
import string
from collections.abc import Sequence
from urllib.parse import quote, urlsplit, urlunsplit

from bot.base.records import Answer, Passage, Verdict
from bot.citations import MARKER, answer_sentences, parse_markers

_INERT = {ord(ch): f"&#{ord(ch)};" for ch in string.punctuation}
# Enough to keep pasted essay text from forming links, images, HTML, emphasis or tables.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>!|~])")
_AUTOLINK_START = re.compile(r"(?<=[A-Za-z]):(?=//)|(?<=\bwww)\.|@")
_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f\"'<>\\`]")
# What stays literal when a URL is re-quoted; parentheses and quotes are encoded, so no Markdown or HTML
# context can be closed by the URL itself.
_URL_SAFE_CHARS = "/?#[]@!$&*+,;=%-._~:"


def inert(text: str) -> str:
    """Text that Markdown and HTML show exactly as written: punctuation as numeric character references."""
    return text.translate(_INERT)


def markdown_literal(text: str) -> str:
    """Text for a Markdown document (the copy button): what could form markup backslashed, autolinks too."""
    return _AUTOLINK_START.sub(lambda m: "\\" + m.group(0), _MARKDOWN_SPECIAL.sub(r"\\\1", text))


def safe_url(url: str | None) -> str | None:
    """An http(s) URL with a host, re-quoted so that it cannot close a link or an attribute; else None."""
    if not url or _UNSAFE_IN_URL.search(url.strip()):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return urlunsplit((parts.scheme.lower(), parts.netloc, quote(parts.path, safe=_URL_SAFE_CHARS),
                       quote(parts.query, safe=_URL_SAFE_CHARS), quote(parts.fragment, safe=_URL_SAFE_CHARS)))


def _link(url: str | None, label_html: str) -> str:
    checked = safe_url(url)
    if checked is None:
        return label_html
    return f'<a href="{html.escape(checked, quote=True)}" target="_blank" rel="noopener noreferrer nofollow">' \
           f'{label_html}</a>'


def text_with_cite_links(text: str) -> str:
    """Untrusted text made inert, with its [n] markers turned into links to the sources panel."""
    out, pos = [], 0
    for match in MARKER.finditer(text):
        out.append(inert(text[pos:match.start()]))
        out += [f' <a class="cite" href="#src-{n}" data-n="{n}">[{n}]</a>' for n in parse_markers(match.group(1))]
        pos = match.end()
    out.append(inert(text[pos:]))
    return "".join(out)


def _marked_text(answer: Answer) -> str:
    """The answer with linked markers; a sentence its passages do not support is marked, its reason on hover."""
    doubtful = {v.sentence: v for v in answer.verdicts if v.status != "supported"}
    if not doubtful:
        return text_with_cite_links(answer.text)
    out = []
    for sentence in answer_sentences(answer.text):
        body = text_with_cite_links(sentence)
        verdict = doubtful.get(MARKER.sub("", sentence).strip())
        if verdict is not None:
            body = f'<span class="unsupported" title="{inert(verdict_label(verdict))}">{body}' \
                   f'<sup class="unsupported-mark">\u26a0</sup></span>'
        out.append(body)
    return " ".join(out)


def verdict_label(verdict: Verdict) -> str:
    """Why a sentence is not supported, in a reader's words."""
    status = {"contradicted": "Contradicted by", "not_stated": "Not stated in"}.get(verdict.status, "Checked against")
    where = f"passage [{verdict.n}]" if verdict.n else "the passages"
    return f"{status} {where}: {verdict.reason}"


def answer_markdown(answer: Answer) -> str:
    """The chat message: the answer with linked markers and marked doubts, its references, then the doubts."""
    lines = [_marked_text(answer)]
    if answer.citations:
        lines += ["", "**References**", ""]
        seen = set()
        for c in answer.citations:
            if (c.n, c.quote) in seen:
                continue
            seen.add((c.n, c.quote))
            where = ", ".join(x for x in (c.section, c.page and f"p. {c.page}") if x)
            source = inert(c.title) + (f", {inert(c.author)}" if c.author else "") + \
                (f" ({inert(where)})" if where else "")
            lines.append(f"- [{c.n}] {_link(c.url, source)}: \u201c{inert(c.quote)}\u201d")
    doubtful = [v for v in answer.verdicts if v.status != "supported"]
    if doubtful:
        lines += ["", "**Not supported by the cited passages**", ""]
        lines += [f"- \u26a0 \u201c{inert(v.sentence)}\u201d: {inert(verdict_label(v))}" for v in doubtful]
    return "\n".join(lines)


def streaming_markdown(partial_text: str) -> str:
    return text_with_cite_links(partial_text)


def status_markdown(answer: Answer, question: str | None = None) -> str:
    """Which mode answered, how a follow-up was read, and anything else the reader should know."""
    mode = f"Generated by **{inert(answer.model)}**, citations checked against the essays" if answer.model \
        else "Extracted word for word from the essays (no language model)"
    parts = [mode, f"{answer.timings.get('total_ms', 0):.0f} ms"]
    if answer.refused:
        parts.insert(0, "**Not answered by the essays**: the closest passages are listed below")
    text = " · ".join(parts)
    if question is not None and " ".join(answer.query.split()) != " ".join(question.split()):
        text += f"\n\nRead as a follow-up: \u201c{inert(answer.query)}\u201d"
    if answer.notice:
        text += f"\n\n\u26a0\ufe0f {inert(answer.notice)}"
    if answer.unsupported_sentences:
        text += f"\n\n\u26a0\ufe0f {len(answer.unsupported_sentences)} sentence(s) not supported by the passages " \
                "they cite, marked \u26a0 in the answer"
    return text


def error_markdown(message: str) -> str:
    """A message for the reader in place of an answer (the question could not be asked)."""
    return f"\u26a0\ufe0f {inert(message)}"


def _highlighted(text: str, quotes: Sequence[str]) -> str:
    spans = sorted({(i, i + len(q)) for q in quotes if q and (i := text.find(q)) >= 0})
    out, pos = [], 0
    for start, end in spans:
        if start < pos:
            start = pos
        if start >= end:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _source_card(p: Passage, quotes: Sequence[str], cited: bool) -> str:
    title = _link(p.meta.url, html.escape(p.title))
    meta = " · ".join(html.escape(x) for x in (p.author, p.section, p.page and f"page {p.page}", p.doc_id) if x)
    kind = " cited" * cited + " record" * p.is_record   # a record is the essay's metadata, styled apart
    return (f'<div class="source{kind}" id="src-{p.n}">'
            f'<div class="source-head"><span class="source-n">[{p.n}]</span> {title}</div>'
            f'<div class="source-meta">{meta}</div>'
            f'<blockquote class="source-text">{_highlighted(p.text, quotes)}</blockquote></div>')


def sources_html(answer: Answer | None) -> str:
    """The sources panel (HTML, not Markdown): cited passages first with their quotes marked, the others folded."""
    if answer is None or not answer.passages:
        return '<div class="sources empty">Sources appear here with each answer.</div>'
    quotes: dict[int, list[str]] = {}
    for c in answer.citations:
        quotes.setdefault(c.n, []).append(c.quote)
    cited = [p for p in answer.passages if p.n in quotes]
    others = [p for p in answer.passages if p.n not in quotes]
    heading = "Closest passages" if answer.refused else "Sources"
    body = [f'<div class="sources"><h3>{heading}</h3>']
    body += [_source_card(p, quotes[p.n], True) for p in cited]
    if others:
        cards = "".join(_source_card(p, (), False) for p in others)
        if cited:
            body.append(f'<details><summary>Other retrieved passages ({len(others)})</summary>{cards}</details>')
        else:
            body.append(cards)
    body.append("</div>")
    return "".join(body)


def answer_as_markdown(question: str, answer: Answer) -> str:
    """Markdown for the copy button: question, answer with [n], and numbered references.

    Essay and model text is backslash-escaped, so pasting it into a Markdown document cannot load an image
    or make a link that the essay wrote; the [n] markers and the checked source links stay live.
    """
    out, pos = [], 0
    for match in MARKER.finditer(answer.text):
        out.append(markdown_literal(answer.text[pos:match.start()]))
        out.append(" " + "".join(f"[{n}]" for n in parse_markers(match.group(1))))
        pos = match.end()
    text = "".join(out) + markdown_literal(answer.text[pos:])
    lines = [f"**Q:** {markdown_literal(question)}", "", text, ""]
    seen = set()
    for c in answer.citations:
        if c.n in seen:
            continue
        seen.add(c.n)
        url = safe_url(c.url)
        title = f"[{markdown_literal(c.title)}]({url})" if url else markdown_literal(c.title)
        author = f", {markdown_literal(c.author)}" if c.author else ""
        lines.append(f"[{c.n}] {title}{author}: \u201c{markdown_literal(c.quote)}\u201d")
    doubtful = [v for v in answer.verdicts if v.status != "supported"]
    if doubtful:
        lines += ["", "Not supported by the cited passages:"]
        lines += [f"- \u201c{markdown_literal(v.sentence)}\u201d: {markdown_literal(verdict_label(v))}"
                  for v in doubtful]
    return "\n".join(lines).strip() + "\n"
