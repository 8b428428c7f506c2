"""Build the eighty-first held-out question corpus, five of chardet's documentation pages (HTML):
`python evals/chardet_docs.py DIR` (apt-get install python-chardet-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("chardet-docs")
