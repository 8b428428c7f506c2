"""Build the third claim corpus, Debian's Developer's Reference: `python evals/developers_reference.py DIR`.

Real writing no rule was tuned on (`apt-get install developers-reference` puts its HTML in
/usr/share/doc/developers-reference/docs). Its chapter pages are copied as they are, without a catalog;
the one-page edition, the index and the search page would only repeat them.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

REFERENCE_HTML = Path("/usr/share/doc/developers-reference/docs")
NOT_CHAPTERS = {"index.html", "search.html", "developers-reference.html"}


def build(target: Path) -> int:
    pages = sorted(p for p in REFERENCE_HTML.glob("*.html") if p.name not in NOT_CHAPTERS)
    if not pages:
        print(f"no pages in {REFERENCE_HTML}: install them with `apt-get install developers-reference`",
              file=sys.stderr)
        return 2
    target.mkdir(parents=True, exist_ok=True)
    for page in pages:
        shutil.copyfile(page, target / page.name)
    print(f"{len(pages)} chapters of the Debian Developer's Reference in {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python evals/developers_reference.py DIR")
    sys.exit(build(Path(sys.argv[1])))
