"""Build the third held-out question corpus, APT's own documentation: `python evals/apt_docs.py DIR`.

The APT User's Guide and the offline-use guide (HTML, from `apt-doc`) and APT's design notes (Markdown, some
gzipped, from `apt`), copied as they are: HTML and Markdown side by side, no catalog.
"""
from __future__ import annotations

import gzip
import shutil
import sys
from pathlib import Path

GUIDES = Path("/usr/share/doc/apt-doc")
NOTES = Path("/usr/share/doc/apt")


def build(target: Path) -> int:
    """Copy the guides' pages and the notes to target; 2 (and why) when apt-doc is not installed."""
    pages = [(page, f"{guide.name.removesuffix('.html')}-{page.name}")
             for guide in (GUIDES / "guide.html", GUIDES / "offline.html") for page in sorted(guide.glob("*.html"))]
    if not pages:
        print(f"no pages in {GUIDES}: install them with `apt-get install apt-doc`", file=sys.stderr)
        return 2
    target.mkdir(parents=True, exist_ok=True)
    for page, name in pages:
        shutil.copyfile(page, target / name)
    notes = sorted(NOTES.glob("*.md")) + sorted(NOTES.glob("*.md.gz"))
    for note in notes:
        if note.suffix == ".gz":
            (target / note.name.removesuffix(".gz")).write_bytes(gzip.decompress(note.read_bytes()))
        else:
            shutil.copyfile(note, target / note.name)
    print(f"{len(pages)} guide pages and {len(notes)} design notes of APT in {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: python {sys.argv[0]} DIR")
    sys.exit(build(Path(sys.argv[1])))
