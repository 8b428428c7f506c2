"""reStructuredText (a `.rst` file, or a `.txt` file written in it) read as a reader sees it rendered.

Read as plain text, its markup stays in the passages ("``zstd`` is not supported for ``v1`` types", ":hg:`help
config`"), a definition list's term runs into its definition ("HGUSER This is the string ...") and a literal
block's lines run into one. docutils parses it and writes HTML (its html4css1 writer: a note is a block of its
own there, not run into the text after it), which the loader reads block by block: terms, code blocks and tables
keep their shape. docutils runs with file inclusion and raw HTML off, so a corpus
file cannot pull another file of the machine into the index or put markup of its own into the page.
"""
from __future__ import annotations

import re
from functools import lru_cache

# what only reStructuredText writes: a directive or comment line (".. note::", ".. _label:"), a role
# (":ref:`x`"), a double back-quoted literal (a LaTeX-style opening ``quote'' closes with '' and is not one), and
# a paragraph that ends in "::" to introduce a literal block, and a field (a line that opens with ":Name:")
_DIRECTIVE = re.compile(r"^\.\. (?:[\w-]+::|_[\w -]+:)", re.M)
_ROLE = re.compile(r":[\w.+-]+:`([^`]{1,200})`")
_LITERAL = re.compile(r"``[^`\s](?:[^`\n]*[^`\s])?``")
_LITERAL_BLOCK = re.compile(r"\S::[ \t]*\n[ \t]*\n[ \t]+\S")
_FIELD = re.compile(r"^:(?!\w+:`)[A-Za-z][\w -]*:(?:\s|$)", re.M)    # ":Author: Jan Kneschke", ":abstract:"
_SIGNS = (_DIRECTIVE, _ROLE, _LITERAL, _LITERAL_BLOCK, _FIELD)
MIN_SIGNS = 3
_SETTINGS = {
    "report_level": 5,                 # errors (an unknown directive) drop that block, never the file
    "halt_level": 5,
    "warning_stream": False,
    "file_insertion_enabled": False,   # ".. include:: /etc/passwd" reads nothing
    "raw_enabled": False,              # ".. raw:: html" writes nothing
    "_disable_config": True,           # no docutils.conf from the working folder
    "embed_stylesheet": False,
    "stylesheet_path": "",
}     # marks of reStructuredText in a .txt file before it is read as such


def looks_like_restructuredtext(text: str) -> bool:
    """Whether a .txt file is written in reStructuredText: at least MIN_SIGNS of its marks (directives, roles,
    double back-quoted literals, literal blocks, fields), of at least two kinds, so that prose quoting one ``literal``
    stays prose."""
    counts = [len(pattern.findall(text, 0, 200_000)) for pattern in _SIGNS]
    return sum(counts) >= MIN_SIGNS and sum(1 for n in counts if n) >= 2


class RestructuredTextError(ValueError):
    """docutils could not render the file."""


def restructuredtext_html(text: str) -> tuple[str, str | None]:
    """(the document as an HTML page, its title when it declares one: a lone top-level section title).
    RestructuredTextError when docutils fails on it."""
    from docutils.core import publish_parts

    _register_sphinx_names()
    # a role docutils does not know (Sphinx's ":ref:", Mercurial's ":hg:") would be left as the raw markup: its
    # text is what the reader sees
    source = _ROLE.sub(lambda m: f"``{m.group(1)}``", text)
    try:
        parts = publish_parts(source, writer="html4css1", settings_overrides=_SETTINGS)
    except Exception as exc:    # docutils raises what its parts raise (a directive's bad argument, a recursion)
        raise RestructuredTextError(f"{type(exc).__name__}: {exc}") from exc
    return parts["whole"], (parts["title"] or None)


@lru_cache(maxsize=1)
def _register_sphinx_names() -> None:
    """Sphinx's names for a code block, which docutils calls "code": without them the code is lost."""
    from docutils.parsers.rst import directives
    from docutils.parsers.rst.directives.body import CodeBlock

    for name in ("code-block", "sourcecode"):
        directives.register_directive(name, CodeBlock)
