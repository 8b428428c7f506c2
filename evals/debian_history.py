"""Build the held-out question corpus, A Brief History of Debian: `python evals/debian_history.py DIR`.

Real writing nobody tuned on (`apt-get install debian-history` puts its HTML in
/usr/share/doc/debian-history/docs). The English pages are copied as they are and *without* a catalog:
titles, authors and dates must come from the files themselves, as for any essay a user drops in.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HISTORY_HTML = Path("/usr/share/doc/debian-history/docs")


def build(target: Path) -> int:
    pages = sorted(HISTORY_HTML.glob("*.en.html"))
    if not pages:
        print(f"no pages in {HISTORY_HTML}: install them with `apt-get install debian-history`", file=sys.stderr)
        return 2
    target.mkdir(parents=True, exist_ok=True)
    for page in pages:
        shutil.copyfile(page, target / page.name.replace(".en.html", ".html"))
    print(f"{len(pages)} pages of A Brief History of Debian in {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python evals/debian_history.py DIR")
    sys.exit(build(Path(sys.argv[1])))
