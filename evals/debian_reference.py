"""Build the sixth claim corpus, the Debian Reference: `python evals/debian_reference.py DIR`.

Real writing no rule was tuned on (`apt-get install debian-reference-en` puts its English HTML in
/usr/share/debian-reference). Its chapter pages are copied as they are, without a catalog; the index
page would only repeat their headings.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

REFERENCE_HTML = Path("/usr/share/debian-reference")


def build(target: Path) -> int:
    pages = sorted(p for p in REFERENCE_HTML.glob("*.en.html") if p.name != "index.en.html")
    if not pages:
        print(f"no pages in {REFERENCE_HTML}: install them with `apt-get install debian-reference-en`", file=sys.stderr)
        return 2
    target.mkdir(parents=True, exist_ok=True)
    for page in pages:
        shutil.copyfile(page, target / page.name)
    print(f"{len(pages)} chapters of the Debian Reference in {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python evals/debian_reference.py DIR")
    sys.exit(build(Path(sys.argv[1])))
