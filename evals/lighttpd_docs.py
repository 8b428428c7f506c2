"""Build the thirty-first held-out claim corpus, lighttpd's module documentation (reStructuredText files with
author and date fields): `python evals/lighttpd_docs.py DIR` (apt-get install lighttpd-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("lighttpd-docs")
