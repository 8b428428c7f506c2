"""Build the second corpus, the Debian FAQ, from Debian's debian-faq package: `python evals/debian_faq.py DIR`.

Real writing the bot was not tuned on (`apt-get install debian-faq` puts its HTML in /usr/share/doc/debian/FAQ).
The HTML pages are copied as they are, with a catalog naming their source; ingest extracts the text.
"""
from __future__ import annotations

import sys
from pathlib import Path

from debian_pages import copy_english_pages

FAQ_HTML = Path("/usr/share/doc/debian/FAQ")
# authors as the FAQ's own section 16.1 names them
CATALOG_ENTRY = """{name}:
  collection: The Debian GNU/Linux FAQ
  publisher: The Debian Project
  authors: [Susan G. Kleinmann, Sven Rudolph, Santiago Vila, Josip Rodin, Javier Fernandez-Sanguino]
  url: https://www.debian.org/doc/manuals/debian-faq/{page}
"""


def build(target: Path) -> int:
    names = copy_english_pages(FAQ_HTML, target, "debian-faq")
    if not names:
        return 2
    catalog = "".join(CATALOG_ENTRY.format(name=name, page=name) for name in names)
    (target / "catalog.yaml").write_text(catalog, encoding="utf-8")
    print(f"{len(names)} pages of the Debian FAQ in {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python evals/debian_faq.py DIR")
    sys.exit(build(Path(sys.argv[1])))
