"""Build the ninth claim corpus, the Debian Policy Manual: `python evals/debian_policy.py DIR`.

Real writing no rule was tuned on (`apt-get install debian-policy` puts its HTML in
/usr/share/doc/debian-policy/policy.html, one page per chapter or appendix). Those pages are copied as
they are, without a catalog; the index, search and general-index pages would only repeat them.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

POLICY_HTML = Path("/usr/share/doc/debian-policy/policy.html")
NOT_CHAPTERS = {"index.html", "search.html", "genindex.html"}


def build(target: Path) -> int:
    pages = sorted(p for p in POLICY_HTML.glob("*.html") if p.name not in NOT_CHAPTERS)
    if not pages:
        print(f"no pages in {POLICY_HTML}: install them with `apt-get install debian-policy`", file=sys.stderr)
        return 2
    target.mkdir(parents=True, exist_ok=True)
    for page in pages:
        shutil.copyfile(page, target / page.name)
    print(f"{len(pages)} chapters of the Debian Policy Manual in {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python evals/debian_policy.py DIR")
    sys.exit(build(Path(sys.argv[1])))
