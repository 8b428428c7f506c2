"""Build the fourteenth held-out question corpus, the Debian Pure Blends manual: `python evals/blends_doc.py DIR`
(apt-get install blends-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("blends-doc")
