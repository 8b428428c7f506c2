"""Build the held-out question corpus, A Brief History of Debian: `python evals/debian_history.py DIR`.

Real writing nobody tuned on (`apt-get install debian-history` puts its HTML in
/usr/share/doc/debian-history/docs). The English pages are copied as they are and *without* a catalog:
titles, authors and dates must come from the files themselves, as for any essay a user drops in.
"""
from __future__ import annotations

import sys
from pathlib import Path

from debian_pages import copy_english_pages

HISTORY_HTML = Path("/usr/share/doc/debian-history/docs")


def build(target: Path) -> int:
    names = copy_english_pages(HISTORY_HTML, target, "debian-history")
    if not names:
        return 2
    print(f"{len(names)} pages of A Brief History of Debian in {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python evals/debian_history.py DIR")
    sys.exit(build(Path(sys.argv[1])))
