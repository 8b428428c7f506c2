"""Build the eighth claim corpus, the Debian Administrator's Handbook: `python evals/debian_handbook.py DIR`.

Real writing no rule was tuned on (`apt-get install debian-handbook` puts its English HTML in
/usr/share/doc/debian-handbook/html/en-US, one page per section). The section pages are copied as they are,
without a catalog; the index page would only repeat their headings.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

MANUAL_HTML = Path("/usr/share/doc/debian-handbook/html/en-US")


def build(target: Path) -> int:
    pages = sorted(p for p in MANUAL_HTML.glob("*.html") if p.name != "index.html")
    if not pages:
        print(f"no pages in {MANUAL_HTML}: install them with `apt-get install debian-handbook`", file=sys.stderr)
        return 2
    target.mkdir(parents=True, exist_ok=True)
    for page in pages:
        shutil.copyfile(page, target / page.name)
    print(f"{len(pages)} sections of the Debian Administrator's Handbook in {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python evals/debian_handbook.py DIR")
    sys.exit(build(Path(sys.argv[1])))
