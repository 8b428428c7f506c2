"""Copy the English HTML pages of an installed Debian documentation package into a corpus folder."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path


def copy_english_pages(source: Path, target: Path, package: str) -> list[str]:
    """Each `*.en.html` of source copied to target as `*.html`; the names copied ([] when none, said why)."""
    pages = sorted(source.glob("*.en.html"))
    if not pages:
        print(f"no pages in {source}: install them with `apt-get install {package}`", file=sys.stderr)
        return []
    target.mkdir(parents=True, exist_ok=True)
    names = []
    for page in pages:
        name = page.name.replace(".en.html", ".html")
        shutil.copyfile(page, target / name)
        names.append(name)
    return names
