"""Build the ninety-third held-out question corpus, five of Tablib's documentation pages (HTML):
`python evals/tablib_docs.py DIR` (apt-get install python-tablib-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("tablib-docs")
