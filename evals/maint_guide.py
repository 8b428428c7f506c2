"""Build the fifth claim corpus, Debian's New Maintainers' Guide: `python evals/maint_guide.py DIR`.

Real writing no rule was tuned on (`apt-get install maint-guide` puts its English HTML in
/usr/share/doc/maint-guide/html). Its chapter pages are copied as they are, without a catalog; the index
page would only repeat their headings.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

GUIDE_HTML = Path("/usr/share/doc/maint-guide/html")


def build(target: Path) -> int:
    pages = sorted(p for p in GUIDE_HTML.glob("*.en.html") if p.name != "index.en.html")
    if not pages:
        print(f"no pages in {GUIDE_HTML}: install them with `apt-get install maint-guide`", file=sys.stderr)
        return 2
    target.mkdir(parents=True, exist_ok=True)
    for page in pages:
        shutil.copyfile(page, target / page.name)
    print(f"{len(pages)} chapters of the Debian New Maintainers' Guide in {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python evals/maint_guide.py DIR")
    sys.exit(build(Path(sys.argv[1])))
